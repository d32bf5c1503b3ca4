namespace CaseLens.Interchange.Tests.Streaming;

/// <summary>A write-only sink that counts bytes and samples the managed heap as output arrives.</summary>
internal sealed class MeasuringStream : Stream
{
    private long _length;
    private long _sinceSample;

    public long MemoryAtStart { get; set; }

    public long PeakMemory { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _length += buffer.Length;
        _sinceSample += buffer.Length;
        if (_sinceSample > 4 << 20)
        {
            _sinceSample = 0;
            PeakMemory = Math.Max(PeakMemory, GC.GetTotalMemory(forceFullCollection: true));
        }
    }
}

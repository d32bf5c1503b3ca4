namespace CaseLens.Interchange.Csv;

/// <summary>
/// A read-only stream that gives back the bytes already read from the start of another stream and
/// then the rest of it, so that the first bytes can be looked at without needing a seekable stream.
/// The inner stream is not disposed.
/// </summary>
internal sealed class ReplayStream(byte[] head, Stream rest) : Stream
{
    private int _served;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_served < head.Length)
        {
            var n = Math.Min(buffer.Length, head.Length - _served);
            head.AsSpan(_served, n).CopyTo(buffer);
            _served += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_served < head.Length)
        {
            return Read(buffer.Span);
        }

        return await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Reads up to <paramref name="count"/> bytes from the start of <paramref name="stream"/>, fewer only at its end.</summary>
    public static byte[] ReadHead(Stream stream, int count)
    {
        var head = new byte[count];
        var read = 0;
        while (read < count && stream.Read(head, read, count - read) is var n and > 0)
        {
            read += n;
        }

        return head[..read];
    }
}

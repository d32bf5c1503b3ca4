using System.Globalization;
using System.Text;

namespace CaseLens.Interchange.Tests.Streaming;

/// <summary>
/// A read-only stream that produces a valid notifications CSV of <c>rows</c> rows as it is read,
/// so that a test can feed a reader a large file without the file existing anywhere.
/// </summary>
internal sealed class GeneratedCsvStream(int rows) : Stream
{
    private static readonly string[] Regions = ["north_east", "london", "south_west", ""];
    private byte[] _pending = Encoding.UTF8.GetBytes("case_id,incident_date,scr_status,incident_type,region,age_months,cp_plan,cp_categories,case_outline\r\n");
    private int _offset;
    private int _next = 1;

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
        var written = 0;
        while (written < buffer.Length)
        {
            if (_offset == _pending.Length)
            {
                if (_next > rows)
                {
                    break;
                }

                _pending = Encoding.UTF8.GetBytes(Row(_next++));
                _offset = 0;
            }

            var n = Math.Min(buffer.Length - written, _pending.Length - _offset);
            _pending.AsSpan(_offset, n).CopyTo(buffer[written..]);
            _offset += n;
            written += n;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static string Row(int i) => string.Create(
        CultureInfo.InvariantCulture,
        $"N{i:D7},2006-{1 + (i % 12):D2}-{1 + (i % 28):D2},{(i % 3 == 0 ? "yes" : "no")},death,{Regions[i % 4]},{i % 216},current,neglect;physical,\"Outline of case {i},\r\nover two lines.\"\r\n");
}

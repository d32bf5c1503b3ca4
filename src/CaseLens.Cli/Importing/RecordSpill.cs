using System.Text;

namespace CaseLens.Cli.Importing;

/// <summary>
/// Checked records kept in a temporary binary file (deleted when disposed) between the import's
/// check and its stored pass: written once, then read back once from the start.
/// </summary>
internal sealed class RecordSpill<T> : IDisposable
    where T : class
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private readonly Func<BinaryReader, T> _read;
    private long _count;

    public RecordSpill(Action<BinaryWriter, T> write, Func<BinaryReader, T> read)
    {
        Write = record =>
        {
            write(_writer!, record);
            _count++;
        };
        _read = read;
        _file = new FileStream(
            Path.Combine(Path.GetTempPath(), "caselens-import-" + Guid.NewGuid().ToString("N") + ".spill"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.SequentialScan);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Appends one record.</summary>
    public Action<T> Write { get; }

    /// <summary>Every record written, in order. Call once, after the last write.</summary>
    public IEnumerable<T> ReadAll()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        for (long i = 0; i < _count; i++)
        {
            yield return _read(reader);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}

using System.Text;
using CaseLens.Domain.Provenance;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// The digest N of notifications that arrive out of case-id order, in memory that does not grow
/// with their number: their canonical lines are held up to a budget, sorted by case id (ordinal)
/// and written to a temporary file of their own as a run whenever the budget fills; the runs are
/// merged at the end and the lines hashed in case-id order (<see cref="NotificationDigestWriter.AddLine"/>),
/// as <see cref="DataSetHash.NotificationDigest"/> hashes them.
/// </summary>
internal sealed class CanonicalLineSort : IDisposable
{
    /// <summary>About 64 MB of text (32 million characters) held before a run is written.</summary>
    public const long DefaultBudgetChars = 32L << 20;

    private readonly long _budgetChars;
    private readonly List<(string CaseId, string Line)> _held = [];
    private readonly List<string> _runs = [];
    private long _heldChars;

    public CanonicalLineSort(long budgetChars = DefaultBudgetChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budgetChars, 1);
        _budgetChars = budgetChars;
    }

    /// <summary>How many runs were written to temporary files (for tests).</summary>
    public int Runs => _runs.Count;

    public void Add(string caseId, string line)
    {
        _held.Add((caseId, line));
        _heldChars += caseId.Length + line.Length;
        if (_heldChars >= _budgetChars)
        {
            Spill();
        }
    }

    /// <summary>N of every line added.</summary>
    public byte[] Digest()
    {
        using var digest = new NotificationDigestWriter();
        if (_runs.Count == 0)
        {
            Sort();
            foreach (var (caseId, line) in _held)
            {
                digest.AddLine(caseId, line);
            }

            return digest.Complete();
        }

        if (_held.Count > 0)
        {
            Spill();
        }

        var readers = _runs.Select(path => new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 14), Encoding.UTF8)).ToList();
        try
        {
            var next = new PriorityQueue<(BinaryReader Reader, string Line), string>(StringComparer.Ordinal);
            foreach (var reader in readers)
            {
                Enqueue(next, reader);
            }

            while (next.TryDequeue(out var item, out var caseId))
            {
                digest.AddLine(caseId, item.Line);
                Enqueue(next, item.Reader);
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }

        return digest.Complete();
    }

    public void Dispose()
    {
        foreach (var path in _runs)
        {
            File.Delete(path);
        }

        _runs.Clear();
    }

    private static void Enqueue(PriorityQueue<(BinaryReader Reader, string Line), string> next, BinaryReader reader)
    {
        if (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var caseId = reader.ReadString();
            next.Enqueue((reader, reader.ReadString()), caseId);
        }
    }

    private void Sort() => _held.Sort((a, b) => string.CompareOrdinal(a.CaseId, b.CaseId));

    private void Spill()
    {
        Sort();
        var path = Path.Combine(Path.GetTempPath(), "caselens-lines-" + Guid.NewGuid().ToString("N"));
        _runs.Add(path);
        using (var writer = new BinaryWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8))
        {
            foreach (var (caseId, line) in _held)
            {
                writer.Write(caseId);
                writer.Write(line);
            }
        }

        _held.Clear();
        _heldChars = 0;
    }
}

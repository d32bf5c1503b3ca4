namespace CaseLens.Interchange.Csv;

/// <summary>
/// Tells whether any two case ids of a file may name one case, in memory that does not grow with
/// the file: each id is kept as a 64-bit hash of its <see cref="Domain.Identity.CaseKey"/> form, in a
/// buffer of fixed size that is sorted and written to a temporary file as a run whenever it fills;
/// the runs are merged at the end. Two equal hashes are a <em>possible</em> repeat (the same case, or
/// a hash collision, about one in 10^6 for ten million ids): the caller then reads the file with the
/// exact <see cref="CaseIdRegister"/>, which names the repeat and its lines. No equal hashes proves
/// there is none. Only for ids the format accepts (ASCII letters, digits, '_' and '-').
/// </summary>
internal sealed class CaseIdHashes : IDisposable
{
    /// <summary>A million hashes (8 MB) are held before the first run is written.</summary>
    public const int DefaultBufferLength = 1 << 20;

    private readonly ulong[] _buffer;
    private readonly List<(long Offset, int Length)> _runs = [];
    private int _filled;
    private FileStream? _spill;

    public CaseIdHashes(int bufferLength = DefaultBufferLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferLength, 1);
        _buffer = new ulong[bufferLength];
    }

    /// <summary>How many runs were written to the temporary file (for tests).</summary>
    public int Runs => _runs.Count;

    /// <summary>The hash of an id, the same for ids that differ only in the case of ASCII letters.</summary>
    public static ulong Of(ReadOnlySpan<char> id)
    {
        // FNV-1a over the upper-cased characters, then the avalanche of SplitMix64 so that ids that
        // differ in one character differ in every bit.
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ (c is >= 'a' and <= 'z' ? (ulong)(c - 32) : c)) * 1099511628211UL;
        }

        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }

    public void Add(ulong hash)
    {
        if (_filled == _buffer.Length)
        {
            Spill();
        }

        _buffer[_filled++] = hash;
    }

    /// <summary>Whether two of the hashes added are equal.</summary>
    public bool AnyRepeated()
    {
        if (_runs.Count == 0)
        {
            var held = _buffer.AsSpan(0, _filled);
            held.Sort();
            for (var i = 1; i < held.Length; i++)
            {
                if (held[i] == held[i - 1])
                {
                    return true;
                }
            }

            return false;
        }

        if (_filled > 0)
        {
            Spill();
        }

        return AnyRepeatedAcrossRuns();
    }

    public void Dispose() => _spill?.Dispose();

    private void Spill()
    {
        var held = _buffer.AsSpan(0, _filled);
        held.Sort();
        _spill ??= new FileStream(
            Path.Combine(Path.GetTempPath(), "caselens-ids-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            1 << 16,
            FileOptions.DeleteOnClose);
        _runs.Add((_spill.Length, _filled));
        _spill.Seek(0, SeekOrigin.End);
        _spill.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(held));
        _filled = 0;
    }

    private bool AnyRepeatedAcrossRuns()
    {
        _spill!.Flush();
        var readers = _runs.Select(run => new RunReader(_spill.SafeFileHandle, run.Offset, run.Length)).ToArray();
        var next = new PriorityQueue<RunReader, ulong>(readers.Length);
        foreach (var reader in readers)
        {
            if (reader.TryRead(out var first))
            {
                next.Enqueue(reader, first);
            }
        }

        ulong? previous = null;
        while (next.TryDequeue(out var reader, out var hash))
        {
            if (hash == previous)
            {
                return true;
            }

            previous = hash;
            if (reader.TryRead(out var following))
            {
                next.Enqueue(reader, following);
            }
        }

        return false;
    }

    /// <summary>Reads one sorted run back through a small buffer of its own.</summary>
    private sealed class RunReader(Microsoft.Win32.SafeHandles.SafeFileHandle file, long offset, int length)
    {
        private readonly ulong[] _page = new ulong[4096];
        private long _offset = offset;
        private int _left = length;
        private int _at;
        private int _count;

        public bool TryRead(out ulong hash)
        {
            if (_at == _count)
            {
                if (_left == 0)
                {
                    hash = 0;
                    return false;
                }

                _count = Math.Min(_page.Length, _left);
                var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(_page.AsSpan(0, _count));
                var read = 0;
                while (read < bytes.Length)
                {
                    var n = RandomAccess.Read(file, bytes[read..], _offset + read);
                    read += n > 0 ? n : throw new EndOfStreamException("A run of case-id hashes was cut short.");
                }

                _offset += bytes.Length;
                _left -= _count;
                _at = 0;
            }

            hash = _page[_at++];
            return true;
        }
    }
}

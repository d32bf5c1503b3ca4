using CaseLens.Interchange;

namespace CaseLens.Fuzz;

/// <summary>
/// The three readers under fuzzing, each through the public entry point the product calls
/// (import and validate stream <c>NotificationCsv.Read</c> / <c>IntensiveCsv.Read</c>; report and
/// compare call <c>ComparatorCsv.Read</c>). The documented outcome of invalid input is a list of
/// problems, never an exception, so any exception escaping here is a crash for libFuzzer; so is an
/// outcome that breaks the readers' contract (a row that is neither a record nor problems, a file
/// problem that is not the last result, a file that ends with no result at all).
/// </summary>
internal static class FuzzTarget
{
    public static readonly string[] Names = ["notifications", "intensive", "comparators"];

    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero));

    public static Action<byte[]>? Find(string name) => name switch
    {
        "notifications" => data => Rows(NotificationCsv.Read(new MemoryStream(data, writable: false), Clock)),
        "intensive" => data => Rows(IntensiveCsv.Read(new MemoryStream(data, writable: false))),
        "comparators" => data => Comparators(data),
        // Proves the harness end to end (docs/fuzzing.md): an input starting with '!' throws and one
        // starting with '~' never returns; libFuzzer must report them as a crash and a timeout.
        "self-check" => SelfCheck,
        _ => null,
    };

    private static void SelfCheck(byte[] data)
    {
        switch (data)
        {
            case [(byte)'!', ..]:
                throw new ContractBrokenException("self-check: an exception");
            case [(byte)'~', ..]:
                Thread.Sleep(Timeout.Infinite);
                break;
        }
    }

    private static void Rows<T>(IEnumerable<RowResult<T>> rows)
        where T : class
    {
        var results = 0;
        var ended = false;
        foreach (var row in rows)
        {
            if (ended)
            {
                throw new ContractBrokenException("a result came after a problem of the whole file");
            }

            if ((row.Record is null) == (row.Problems.Count == 0))
            {
                throw new ContractBrokenException("a row is both a record and problems, or neither");
            }

            ended = row.IsFileProblem;
            results++;
        }

        if (results == 0)
        {
            throw new ContractBrokenException("the file gave neither a record nor a problem");
        }
    }

    private static void Comparators(byte[] data)
    {
        var result = ComparatorCsv.Read(new MemoryStream(data, writable: false));
        if (result.Succeeded == result.Problems.Count > 0 || (result.Succeeded && result.Value.Figures.Count == 0))
        {
            throw new ContractBrokenException("a comparator file is both read and refused, or read with no figure");
        }
    }
}

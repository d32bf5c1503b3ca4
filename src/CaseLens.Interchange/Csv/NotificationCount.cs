using CaseLens.Analysis.Tables;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// Counts a notifications file for the report tables as it is read (<see cref="ParallelCsvScan"/>),
/// keeping no record: memory does not grow with the rows. The data set digest N is taken on the way
/// while the case ids come in ordinal order (as files written from a store do); otherwise the file is
/// read a second time for N, its canonical lines sorted in bounded memory (<see cref="CanonicalLineSort"/>). Whatever the fast
/// reading cannot vouch for is read again by the exact reader, so that the answer is always the one
/// of reading the whole file into records: a file the fast reading stops at is validated by
/// <see cref="CsvImport.Validate"/> (its problems, or, if it has none, its records counted); a
/// possible repeat of a case id likewise.
/// </summary>
internal static class NotificationCount
{
    public static CountResult Count(Func<Stream> open, CsvSchema<Notification> schema, NotificationFilter scope, int parallelism)
    {
        if (TryCountFast(open, schema, scope, parallelism) is { } counts)
        {
            return new CountResult(counts, []);
        }

        using (var stream = open())
        {
            var problems = CsvImport.Validate(stream, schema);
            if (problems.Count > 0)
            {
                return new CountResult(null, problems);
            }
        }

        return FromRecords(open, schema, scope);
    }

    /// <summary>The counts, or null when the exact reader must read the file.</summary>
    internal static NotificationCounts? TryCountFast(Func<Stream> open, CsvSchema<Notification> schema, NotificationFilter scope, int parallelism)
    {
        var counter = new NotificationCounter();
        using var ids = new CaseIdHashes();
        using var digest = new NotificationDigestWriter();
        string? lastId = null;
        var ordered = true;
        bool read;
        using (var stream = open())
        {
            read = ParallelCsvScan.TryScan(
                stream,
                schema,
                parallelism,
                record => scope.Matches(record) ? new InScope(record.CaseId, NotificationDigestWriter.Utf8LineOf(record), NotificationCodes.Of(record)) : default,
                inScope =>
                {
                    if (inScope.CaseId is not { } id)
                    {
                        return;
                    }

                    var codes = inScope.Codes;
                    counter.Add(in codes);
                    if (ordered && (ordered = lastId is null || string.CompareOrdinal(lastId, id) <= 0))
                    {
                        lastId = id;
                        digest.AddLine(id, inScope.Line!);
                    }
                },
                ids);
        }

        if (!read || ids.AnyRepeated())
        {
            return null;
        }

        var n = ordered ? digest.Complete() : SortedDigest(open, schema, scope, parallelism);
        return n is null ? null : new NotificationCounts(scope, counter, n);
    }

    /// <summary>N of a file whose case ids are out of order, read a second time and sorted in bounded memory.</summary>
    private static byte[]? SortedDigest(Func<Stream> open, CsvSchema<Notification> schema, NotificationFilter scope, int parallelism)
    {
        using var lines = new CanonicalLineSort();
        using var stream = open();
        var read = ParallelCsvScan.TryScan(
            stream,
            schema,
            parallelism,
            record => scope.Matches(record) ? (record.CaseId, NotificationDigestWriter.LineOf(record)) : default,
            line =>
            {
                if (line.CaseId is { } caseId)
                {
                    lines.Add(caseId, line.Item2);
                }
            },
            ids: null);
        return read ? lines.Digest() : null;
    }

    private static CountResult FromRecords(Func<Stream> open, CsvSchema<Notification> schema, NotificationFilter scope)
    {
        using var stream = open();
        var all = CsvImport.ReadAll(stream, schema);
        return new CountResult(all.IsValid ? NotificationCounts.Of(CodedNotifications.Of(all.Records, scope)) : null, all.Problems);
    }

    /// <summary>
    /// A record of the scope as the tally and the digest take it (its id, canonical line in UTF-8 and coded
    /// fields, made on the reading thread), or nothing for a record outside it.
    /// </summary>
    private readonly record struct InScope(string? CaseId, byte[]? Line, NotificationCodes Codes);
}

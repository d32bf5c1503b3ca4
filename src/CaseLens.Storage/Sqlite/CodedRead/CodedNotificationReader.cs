using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using CaseLens.Storage.CodedRead;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Sqlite.Native;

namespace CaseLens.Storage.Sqlite.CodedRead;

/// <summary>
/// Reads a SQLite store's notifications straight from the column bytes, range by range in parallel,
/// with no EF and no string per row: each row gives its <see cref="NotificationCodes"/> and its
/// canonical line (<see cref="Domain.Provenance.CanonicalText"/>), written to a
/// <see cref="CanonicalLineWriter"/> and hashed in case-id order. The columns are read in
/// <see cref="Model.NotificationTable"/> order, which is the canonical order.
/// </summary>
internal sealed class CodedNotificationReader(CodeTables tables)
{
    private const int RowsBetweenCancellationChecks = 4096;
    private const int MoreCapacity = 16 * 1024;

    private static readonly Lazy<Task<CodedNotificationReader>> Loaded = new(async () => new CodedNotificationReader(await CodeTables.LoadAsync().ConfigureAwait(false)));

    private readonly CodeTables _codes = tables;

    /// <summary>The reader, once its code tables are made (started by the first call).</summary>
    public static Task<CodedNotificationReader> LoadAsync() => Loaded.Value;

    /// <summary>
    /// The notifications matching <paramref name="scope"/>, read over <paramref name="ranges"/> of
    /// case id in parallel (one connection and thread each; the caller keeps the store still while
    /// there are several, <see cref="SqliteWriterHold"/>) and joined in order. The store holds
    /// <paramref name="rows"/> rows, range i's first at position <paramref name="starts"/>[i].
    /// </summary>
    public async Task<CodedNotifications> ReadAsync(
        string connectionString, NotificationFilter scope, IReadOnlyList<KeyRange> ranges, IReadOnlyList<long> starts, long rows, CancellationToken cancellationToken)
    {
        // Without a filter the split says how many rows each range holds, so the ranges read
        // straight into their parts of one array (the common case); other cases are gathered after.
        var whole = scope.IsEmpty && rows > 0;
        var shared = whole ? GC.AllocateUninitializedArray<NotificationCodes>((int)rows) : [];
        var slots = ranges.Select((_, i) => whole
            ? new ArraySegment<NotificationCodes>(shared, (int)starts[i], (int)((i + 1 < starts.Count ? starts[i + 1] : rows) - starts[i]))
            : ArraySegment<NotificationCodes>.Empty).ToArray();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writers = new CanonicalLineWriter[ranges.Count];
        try
        {
            // The first range hashes its lines as it reads them; the others keep theirs to be
            // hashed after it, in order, so that one SHA-256 runs over every line in case-id order.
            for (var i = 0; i < writers.Length; i++)
            {
                writers[i] = new CanonicalLineWriter(i == 0 ? hash : null);
            }

            var parts = await Task.WhenAll(ranges.Select((range, i) => Task.Run(
                () => Read(connectionString, scope, range, slots[i], writers[i], cancellationToken),
                cancellationToken))).ConfigureAwait(false);
            for (var i = 1; i < writers.Length; i++)
            {
                writers[i].HashInto(hash);
            }

            var count = parts.Sum(p => p.Count);
            var cases = shared;
            if (shared.Length != count || !parts.All(p => p.FillsSlots))
            {
                cases = GC.AllocateUninitializedArray<NotificationCodes>(count);
                var at = 0;
                foreach (var part in parts)
                {
                    at += part.CopyTo(cases.AsSpan(at));
                }
            }

            return new CodedNotifications(scope, cases, hash.GetHashAndReset());
        }
        finally
        {
            foreach (var writer in writers)
            {
                writer?.Dispose();
            }
        }
    }

    /// <summary>
    /// The cases of <paramref name="range"/> matching <paramref name="filter"/>, in case-id order:
    /// the first ones into <paramref name="slots"/> (as many as fit), any more into
    /// <see cref="RangeCases.More"/>; their lines go to <paramref name="lines"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RangeCases Read(
        string connectionString, NotificationFilter filter, KeyRange range, ArraySegment<NotificationCodes> slots, CanonicalLineWriter lines, CancellationToken cancellationToken)
    {
        using var connection = new SqliteReadHandle(connectionString);
        var sql = NotificationSql.Select(filter, range);
        using var statement = new SqliteStatement(connection.Db, sql.Text);
        foreach (var (name, value) in sql.Parameters)
        {
            statement.Bind(statement.ParameterIndex(name), value);
        }

        var handle = statement.Handle;
        var row = new SqliteRow(handle);
        var into = slots.AsSpan();
        var inSlots = 0;
        List<NotificationCodes>? more = null;
        var rows = 0;
        while (statement.Step())
        {
            if (++rows % RowsBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var read = ReadRow(row, handle, lines);
            if (inSlots < into.Length)
            {
                into[inSlots++] = read;
            }
            else
            {
                (more ??= new List<NotificationCodes>(MoreCapacity)).Add(read);
            }
        }

        lines.Complete();
        return new RangeCases(slots, inSlots, more);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private NotificationCodes ReadRow(SqliteRow row, IntPtr statement, CanonicalLineWriter line)
    {
        Text(line, statement, 0);
        var incident = Date(row, statement, 1, line) ?? throw CodedRow.Missing("incident_date");
        Date(row, statement, 2, line);
        var region = Code(statement, 3, _codes.Region, line);
        Text(line, statement, 4);
        var notificationType = Code(statement, 5, _codes.NotificationType, line);
        var scrStatus = Code(statement, 6, _codes.ScrStatus, line);
        var exclusion = Code(statement, 7, _codes.Exclusion, line);
        var ageMonths = row.Integer(8);
        line.Number(ageMonths);
        var gender = Code(statement, 9, _codes.Gender, line);
        var ethnicity = Code(statement, 10, _codes.Ethnicity, line);
        var siblings = row.Integer(11);
        line.Number(siblings);
        line.Flag(row.Boolean(12));
        var birthOrder = Code(statement, 13, _codes.BirthOrder, line);
        var protectionPlan = Code(statement, 14, _codes.ProtectionPlan, line);
        var protectionPlanCategories = Set(statement, 15, _codes.AbuseCategory, line);
        var siblingProtectionPlan = Code(statement, 16, _codes.SiblingProtectionPlan, line);
        var siblingProtectionPlanCategories = Set(statement, 17, _codes.AbuseCategory, line);
        var legalStatus = Code(statement, 18, _codes.LegalStatus, line);
        var livingSituation = Code(statement, 19, _codes.LivingSituation, line);
        var disability = Code(statement, 20, _codes.Disability, line);
        Code(statement, 21, _codes.CscInvolvement, line);
        var incidentType = Code(statement, 22, _codes.IncidentType, line);
        var criminalProceedings = Code(statement, 23, _codes.CriminalProceedings, line);
        var harmType = Code(statement, 24, _codes.HarmType, line);
        var headInjury = row.Boolean(25);
        line.Flag(headInjury);
        var deathCategory = Code(statement, 26, _codes.DeathCategory, line);
        var parentFactors = Set(statement, 27, _codes.ParentFactor, line);
        var childFactors = Set(statement, 28, _codes.ChildFactor, line);
        var caseFactors = Set(statement, 29, _codes.CaseFactor, line);
        var scrDecisionDate = Date(row, statement, 30, line);
        var scrCompletedDate = Date(row, statement, 31, line);
        Set(statement, 32, _codes.DelayReason, line);
        Text(line, statement, 33);
        line.EndLine();
        return CodedRow.Codes(
            incident, region, notificationType, scrStatus, exclusion, ageMonths, gender, ethnicity, siblings,
            birthOrder, protectionPlan, protectionPlanCategories, siblingProtectionPlan, siblingProtectionPlanCategories,
            legalStatus, livingSituation, disability, incidentType, criminalProceedings, harmType, headInjury,
            deathCategory, parentFactors, childFactors, caseFactors, scrDecisionDate, scrCompletedDate);
    }

    /// <summary>The ordinal of the code in the column (-1 for NULL), its code written to the line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe int Code(IntPtr statement, int column, StoredCodes codes, CanonicalLineWriter line)
    {
        var text = SqliteNative.ColumnText(statement, column);
        if (text is null)
        {
            line.Field(default);
            return -1;
        }

        var ordinal = codes.Parse(text);
        line.Field(codes.Code(ordinal));
        return ordinal;
    }

    /// <summary>The bits of the code set in the column, its codes written to the line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe ulong Set(IntPtr statement, int column, StoredCodes codes, CanonicalLineWriter line)
    {
        var text = SqliteNative.ColumnText(statement, column);
        if (text is null)
        {
            throw new InvalidDataException("The store holds NULL where a code set (possibly empty) belongs.");
        }

        var bits = codes.ParseSet(text);
        line.Set(codes, bits);
        return bits;
    }

    /// <summary>
    /// The date in the column, written to the line: the <c>yyyy-MM-dd</c> text EF stores is read
    /// (and copied) here; anything else as <see cref="SqliteRow.Date"/> reads it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe DateOnly? Date(SqliteRow row, IntPtr statement, int column, CanonicalLineWriter line)
    {
        var t = SqliteNative.ColumnText(statement, column);
        if (t is null)
        {
            line.Field(default);
            return null;
        }

        // Tested in order, so no byte past the terminating NUL is read.
        if (IsDigit(t[0]) && IsDigit(t[1]) && IsDigit(t[2]) && IsDigit(t[3]) && t[4] == '-'
            && IsDigit(t[5]) && IsDigit(t[6]) && t[7] == '-' && IsDigit(t[8]) && IsDigit(t[9]) && t[10] == 0)
        {
            var year = ((t[0] - '0') * 1000) + ((t[1] - '0') * 100) + ((t[2] - '0') * 10) + (t[3] - '0');
            var month = ((t[5] - '0') * 10) + (t[6] - '0');
            var day = ((t[8] - '0') * 10) + (t[9] - '0');
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                line.Field(new ReadOnlySpan<byte>(t, 10));
                return new DateOnly(year, month, day);
            }
        }

        var date = row.Date(column);
        line.Date(date);
        return date;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void Text(CanonicalLineWriter line, IntPtr statement, int column)
    {
        var text = SqliteNative.ColumnText(statement, column);
        line.Text(text, text is null ? 0 : SqliteNative.ColumnBytes(statement, column));
    }
}

using System.Data;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.CodedRead;
using CaseLens.Storage.Model;
using CaseLens.Storage.Querying;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseLens.Storage.Postgres.CodedRead;

/// <summary>
/// Reads a PostgreSQL store's notifications column by column from one plain command, with no
/// record built: each row gives its <see cref="NotificationCodes"/> and its canonical line
/// (<see cref="Domain.Provenance.CanonicalText"/>), written to a <see cref="CanonicalLineWriter"/>
/// and hashed in case-id order. EF writes the filter's SQL (<see cref="NotificationQuery.Matching"/>,
/// the one owner of the rule) and the reader wraps it as <see cref="RecordReader{T}"/> does; the
/// case id's collation is <c>C</c>, so the order is ordinal. Codes arrive as short strings and are
/// matched to their ordinal by <see cref="StoredCodes"/>; only the case id, board and outline are
/// written as text.
/// </summary>
internal sealed class CodedNotificationReader(CodeTables codes)
{
    private const int RowsBetweenCancellationChecks = 4096;

    private static readonly Lazy<Task<CodedNotificationReader>> Loaded = new(async () => new CodedNotificationReader(await CodeTables.LoadAsync().ConfigureAwait(false)));

    private readonly CodeTables _codes = codes;

    /// <summary>The reader, once its code tables are made (started by the first call).</summary>
    public static Task<CodedNotificationReader> LoadAsync() => Loaded.Value;

    /// <summary>The notifications of the store behind <paramref name="context"/> matching <paramref name="scope"/>, coded and hashed.</summary>
    public async Task<CodedNotifications> ReadAsync(CaseStoreContext context, NotificationFilter scope, CancellationToken cancellationToken)
    {
        var table = NotificationTable.Instance;
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = context.Notifications.AsNoTracking().Matching(scope).CreateDbCommand();
#pragma warning disable CA2100 // EF's own SQL, its values bound as parameters.
        command.CommandText = $"SELECT {table.ColumnList} FROM ({command.CommandText}) AS q ORDER BY q.{table.KeyColumn}";
#pragma warning restore CA2100

        var cases = new List<NotificationCodes>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var line = new CanonicalLineWriter(hash);
        await using var reader = (NpgsqlDataReader)await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (++rows % RowsBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            cases.Add(ReadRow(reader, line));
        }

        line.Complete();
        return new CodedNotifications(scope, [.. cases], hash.GetHashAndReset());
    }

    /// <summary>One row, its columns read in <see cref="NotificationTable"/> order (the canonical order; sequential access needs it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private NotificationCodes ReadRow(NpgsqlDataReader row, CanonicalLineWriter line)
    {
        line.Text(row.GetString(0));
        var incident = Date(row, 1, line) ?? throw CodedRow.Missing("incident_date");
        Date(row, 2, line);
        var region = Code(row, 3, _codes.Region, line);
        line.Text(row.IsDBNull(4) ? null : row.GetString(4));
        var notificationType = Code(row, 5, _codes.NotificationType, line);
        var scrStatus = Code(row, 6, _codes.ScrStatus, line);
        var exclusion = Code(row, 7, _codes.Exclusion, line);
        var ageMonths = Integer(row, 8, line);
        var gender = Code(row, 9, _codes.Gender, line);
        var ethnicity = Code(row, 10, _codes.Ethnicity, line);
        var siblings = Integer(row, 11, line);
        Flag(row, 12, line);
        var birthOrder = Code(row, 13, _codes.BirthOrder, line);
        var protectionPlan = Code(row, 14, _codes.ProtectionPlan, line);
        var protectionPlanCategories = Set(row, 15, _codes.AbuseCategory, line);
        var siblingProtectionPlan = Code(row, 16, _codes.SiblingProtectionPlan, line);
        var siblingProtectionPlanCategories = Set(row, 17, _codes.AbuseCategory, line);
        var legalStatus = Code(row, 18, _codes.LegalStatus, line);
        var livingSituation = Code(row, 19, _codes.LivingSituation, line);
        var disability = Code(row, 20, _codes.Disability, line);
        Code(row, 21, _codes.CscInvolvement, line);
        var incidentType = Code(row, 22, _codes.IncidentType, line);
        var criminalProceedings = Code(row, 23, _codes.CriminalProceedings, line);
        var harmType = Code(row, 24, _codes.HarmType, line);
        var headInjury = Flag(row, 25, line);
        var deathCategory = Code(row, 26, _codes.DeathCategory, line);
        var parentFactors = Set(row, 27, _codes.ParentFactor, line);
        var childFactors = Set(row, 28, _codes.ChildFactor, line);
        var caseFactors = Set(row, 29, _codes.CaseFactor, line);
        var scrDecisionDate = Date(row, 30, line);
        var scrCompletedDate = Date(row, 31, line);
        Set(row, 32, _codes.DelayReason, line);
        line.Text(row.IsDBNull(33) ? null : row.GetString(33));
        line.EndLine();
        return CodedRow.Codes(
            incident, region, notificationType, scrStatus, exclusion, ageMonths, gender, ethnicity, siblings,
            birthOrder, protectionPlan, protectionPlanCategories, siblingProtectionPlan, siblingProtectionPlanCategories,
            legalStatus, livingSituation, disability, incidentType, criminalProceedings, harmType, headInjury,
            deathCategory, parentFactors, childFactors, caseFactors, scrDecisionDate, scrCompletedDate);
    }

    /// <summary>The ordinal of the code in the column (-1 for NULL), its code written to the line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Code(NpgsqlDataReader row, int column, StoredCodes codes, CanonicalLineWriter line)
    {
        if (row.IsDBNull(column))
        {
            line.Field(default);
            return -1;
        }

        var ordinal = codes.Parse(row.GetString(column));
        line.Field(codes.Code(ordinal));
        return ordinal;
    }

    /// <summary>The bits of the code set in the column, its codes written to the line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Set(NpgsqlDataReader row, int column, StoredCodes codes, CanonicalLineWriter line)
    {
        if (row.IsDBNull(column))
        {
            throw new InvalidDataException("The store holds NULL where a code set (possibly empty) belongs.");
        }

        var bits = codes.ParseSet(row.GetString(column));
        line.Set(codes, bits);
        return bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateOnly? Date(NpgsqlDataReader row, int column, CanonicalLineWriter line)
    {
        DateOnly? date = row.IsDBNull(column) ? null : row.GetFieldValue<DateOnly>(column);
        line.Date(date);
        return date;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? Integer(NpgsqlDataReader row, int column, CanonicalLineWriter line)
    {
        int? number = row.IsDBNull(column) ? null : row.GetInt32(column);
        line.Number(number);
        return number;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool? Flag(NpgsqlDataReader row, int column, CanonicalLineWriter line)
    {
        bool? flag = row.IsDBNull(column) ? null : row.GetBoolean(column);
        line.Flag(flag);
        return flag;
    }
}

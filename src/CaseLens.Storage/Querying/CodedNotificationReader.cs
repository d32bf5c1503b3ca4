using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Importing;

namespace CaseLens.Storage.Querying;

/// <summary>
/// Reads one range of a SQLite store's notifications straight from the column bytes, with no EF
/// and no string per row: each row gives its <see cref="NotificationCodes"/> and its canonical line
/// (<see cref="Domain.Provenance.CanonicalText"/>), written to a <see cref="CanonicalLineWriter"/>.
/// The columns are read in <see cref="Model.NotificationTable"/> order, which is the canonical order.
/// </summary>
internal static unsafe class CodedNotificationReader
{
    private const int RowsBetweenCancellationChecks = 4096;
    private static readonly StoredCodes RegionCodes = StoredCodes.Of<Region>();
    private static readonly StoredCodes NotificationTypeCodes = StoredCodes.Of<NotificationType>();
    private static readonly StoredCodes ScrStatusCodes = StoredCodes.Of<ScrStatus>();
    private static readonly StoredCodes ExclusionCodes = StoredCodes.Of<Exclusion>();
    private static readonly StoredCodes GenderCodes = StoredCodes.Of<Gender>();
    private static readonly StoredCodes EthnicityCodes = StoredCodes.Of<Ethnicity>();
    private static readonly StoredCodes BirthOrderCodes = StoredCodes.Of<BirthOrder>();
    private static readonly StoredCodes ProtectionPlanCodes = StoredCodes.Of<ProtectionPlan>();
    private static readonly StoredCodes AbuseCategoryCodes = StoredCodes.Of<AbuseCategory>();
    private static readonly StoredCodes SiblingProtectionPlanCodes = StoredCodes.Of<SiblingProtectionPlan>();
    private static readonly StoredCodes LegalStatusCodes = StoredCodes.Of<LegalStatus>();
    private static readonly StoredCodes LivingSituationCodes = StoredCodes.Of<LivingSituation>();
    private static readonly StoredCodes DisabilityCodes = StoredCodes.Of<Disability>();
    private static readonly StoredCodes CscInvolvementCodes = StoredCodes.Of<CscInvolvement>();
    private static readonly StoredCodes IncidentTypeCodes = StoredCodes.Of<IncidentType>();
    private static readonly StoredCodes CriminalProceedingsCodes = StoredCodes.Of<CriminalProceedings>();
    private static readonly StoredCodes HarmTypeCodes = StoredCodes.Of<HarmType>();
    private static readonly StoredCodes DeathCategoryCodes = StoredCodes.Of<DeathCategory>();
    private static readonly StoredCodes ParentFactorCodes = StoredCodes.Of<ParentFactor>();
    private static readonly StoredCodes ChildFactorCodes = StoredCodes.Of<ChildFactor>();
    private static readonly StoredCodes CaseFactorCodes = StoredCodes.Of<CaseFactor>();
    private static readonly StoredCodes DelayReasonCodes = StoredCodes.Of<DelayReason>();

    /// <summary>
    /// The cases of <paramref name="range"/> matching <paramref name="filter"/>, in case-id order;
    /// their lines go to <paramref name="lines"/>.
    /// </summary>
    public static List<NotificationCodes> Read(
        string connectionString, NotificationFilter filter, KeyRange range, CanonicalLineWriter lines, int expectedRows, CancellationToken cancellationToken)
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
        var cases = new List<NotificationCodes>(expectedRows);
        while (statement.Step())
        {
            if (cases.Count % RowsBetweenCancellationChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            cases.Add(ReadRow(row, handle, lines));
        }

        lines.Complete();
        return cases;
    }

    private static NotificationCodes ReadRow(SqliteRow row, IntPtr statement, CanonicalLineWriter line)
    {
        Text(line, statement, 0);
        var incident = row.Date(1) ?? throw Missing("incident_date");
        line.Date(incident);
        line.Date(row.Date(2));
        var region = Code(statement, 3, RegionCodes, line);
        Text(line, statement, 4);
        var notificationType = Code(statement, 5, NotificationTypeCodes, line);
        var scrStatus = Code(statement, 6, ScrStatusCodes, line);
        if (scrStatus < 0)
        {
            throw Missing("scr_status");
        }

        var exclusion = Code(statement, 7, ExclusionCodes, line);
        var ageMonths = row.Integer(8);
        line.Number(ageMonths);
        var gender = Code(statement, 9, GenderCodes, line);
        var ethnicity = Code(statement, 10, EthnicityCodes, line);
        var siblings = row.Integer(11);
        line.Number(siblings);
        line.Flag(row.Boolean(12));
        var birthOrder = Code(statement, 13, BirthOrderCodes, line);
        var protectionPlan = Code(statement, 14, ProtectionPlanCodes, line);
        var protectionPlanCategories = Set(statement, 15, AbuseCategoryCodes, line);
        var siblingProtectionPlan = Code(statement, 16, SiblingProtectionPlanCodes, line);
        var siblingProtectionPlanCategories = Set(statement, 17, AbuseCategoryCodes, line);
        var legalStatus = Code(statement, 18, LegalStatusCodes, line);
        var livingSituation = Code(statement, 19, LivingSituationCodes, line);
        var disability = Code(statement, 20, DisabilityCodes, line);
        Code(statement, 21, CscInvolvementCodes, line);
        var incidentType = Code(statement, 22, IncidentTypeCodes, line);
        var criminalProceedings = Code(statement, 23, CriminalProceedingsCodes, line);
        var harmType = Code(statement, 24, HarmTypeCodes, line);
        var headInjury = row.Boolean(25);
        line.Flag(headInjury);
        var deathCategory = Code(statement, 26, DeathCategoryCodes, line);
        var parentFactors = Set(statement, 27, ParentFactorCodes, line);
        var childFactors = Set(statement, 28, ChildFactorCodes, line);
        var caseFactors = Set(statement, 29, CaseFactorCodes, line);
        var scrDecisionDate = row.Date(30);
        line.Date(scrDecisionDate);
        var scrCompletedDate = row.Date(31);
        line.Date(scrCompletedDate);
        Set(statement, 32, DelayReasonCodes, line);
        Text(line, statement, 33);
        line.EndLine();
        return new NotificationCodes
        {
            IncidentDate = incident,
            Region = As<Region>(region),
            NotificationType = As<NotificationType>(notificationType),
            ScrStatus = As<ScrStatus>(scrStatus)!.Value,
            Exclusion = As<Exclusion>(exclusion),
            AgeMonths = ageMonths,
            Gender = As<Gender>(gender),
            Ethnicity = As<Ethnicity>(ethnicity),
            Siblings = siblings,
            BirthOrder = As<BirthOrder>(birthOrder),
            ProtectionPlan = As<ProtectionPlan>(protectionPlan),
            ProtectionPlanCategories = CodeSet<AbuseCategory>.FromBits(protectionPlanCategories),
            SiblingProtectionPlan = As<SiblingProtectionPlan>(siblingProtectionPlan),
            SiblingProtectionPlanCategories = CodeSet<AbuseCategory>.FromBits(siblingProtectionPlanCategories),
            LegalStatus = As<LegalStatus>(legalStatus),
            LivingSituation = As<LivingSituation>(livingSituation),
            Disability = As<Disability>(disability),
            IncidentType = As<IncidentType>(incidentType),
            CriminalProceedings = As<CriminalProceedings>(criminalProceedings),
            HarmType = As<HarmType>(harmType),
            HeadInjury = headInjury,
            DeathCategory = As<DeathCategory>(deathCategory),
            ParentFactors = CodeSet<ParentFactor>.FromBits(parentFactors),
            ChildFactors = CodeSet<ChildFactor>.FromBits(childFactors),
            CaseFactors = CodeSet<CaseFactor>.FromBits(caseFactors),
            ScrDecisionDate = scrDecisionDate,
            ScrCompletedDate = scrCompletedDate,
        };
    }

    /// <summary>The ordinal of the code in the column (-1 for NULL), its code written to the line.</summary>
    private static int Code(IntPtr statement, int column, StoredCodes codes, CanonicalLineWriter line)
    {
        var text = SqliteNative.ColumnText(statement, column);
        if (text is null)
        {
            line.Field(default);
            return -1;
        }

        var ordinal = codes.Parse(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text));
        line.Field(codes.Code(ordinal));
        return ordinal;
    }

    /// <summary>The bits of the code set in the column, its codes written to the line.</summary>
    private static ulong Set(IntPtr statement, int column, StoredCodes codes, CanonicalLineWriter line)
    {
        var text = SqliteNative.ColumnText(statement, column);
        if (text is null)
        {
            throw new InvalidDataException("The store holds NULL where a code set (possibly empty) belongs.");
        }

        var bits = codes.ParseSet(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text));
        line.Set(codes, bits);
        return bits;
    }

    private static T? As<T>(int ordinal)
        where T : struct, Enum =>
        ordinal < 0 ? null : Unsafe.As<int, T>(ref ordinal);

    private static void Text(CanonicalLineWriter line, IntPtr statement, int column)
    {
        var text = SqliteNative.ColumnText(statement, column);
        line.Text(text, text is null ? 0 : SqliteNative.ColumnBytes(statement, column));
    }

    private static InvalidDataException Missing(string column) => new($"The store holds NULL in {column}, which every notification has.");
}

using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;

namespace CaseLens.Storage.CodedRead;

/// <summary>
/// The <see cref="StoredCodes"/> of every coded variable of a notification, shared by the engines'
/// coded readers. Making them (and the codebooks under them) is most of the cost of a first read,
/// so they are made once, in parallel, when the first read starts.
/// </summary>
internal sealed class CodeTables
{
    private static readonly Func<StoredCodes>[] Makers =
    [
        StoredCodes.Of<Region>,
        StoredCodes.Of<NotificationType>,
        StoredCodes.Of<ScrStatus>,
        StoredCodes.Of<Exclusion>,
        StoredCodes.Of<Gender>,
        StoredCodes.Of<Ethnicity>,
        StoredCodes.Of<BirthOrder>,
        StoredCodes.Of<ProtectionPlan>,
        StoredCodes.Of<AbuseCategory>,
        StoredCodes.Of<SiblingProtectionPlan>,
        StoredCodes.Of<LegalStatus>,
        StoredCodes.Of<LivingSituation>,
        StoredCodes.Of<Disability>,
        StoredCodes.Of<CscInvolvement>,
        StoredCodes.Of<IncidentType>,
        StoredCodes.Of<CriminalProceedings>,
        StoredCodes.Of<HarmType>,
        StoredCodes.Of<DeathCategory>,
        StoredCodes.Of<ParentFactor>,
        StoredCodes.Of<ChildFactor>,
        StoredCodes.Of<CaseFactor>,
        StoredCodes.Of<DelayReason>,
    ];

    private static readonly Lazy<Task<CodeTables>> Loaded = new(() => Task.Run(() =>
    {
        var tables = new StoredCodes[Makers.Length];
        Parallel.For(0, Makers.Length, i => tables[i] = Makers[i]());
        return new CodeTables(tables);
    }));

    private CodeTables(StoredCodes[] tables)
    {
        Region = tables[0];
        NotificationType = tables[1];
        ScrStatus = tables[2];
        Exclusion = tables[3];
        Gender = tables[4];
        Ethnicity = tables[5];
        BirthOrder = tables[6];
        ProtectionPlan = tables[7];
        AbuseCategory = tables[8];
        SiblingProtectionPlan = tables[9];
        LegalStatus = tables[10];
        LivingSituation = tables[11];
        Disability = tables[12];
        CscInvolvement = tables[13];
        IncidentType = tables[14];
        CriminalProceedings = tables[15];
        HarmType = tables[16];
        DeathCategory = tables[17];
        ParentFactor = tables[18];
        ChildFactor = tables[19];
        CaseFactor = tables[20];
        DelayReason = tables[21];
    }

    public StoredCodes Region { get; }

    public StoredCodes NotificationType { get; }

    public StoredCodes ScrStatus { get; }

    public StoredCodes Exclusion { get; }

    public StoredCodes Gender { get; }

    public StoredCodes Ethnicity { get; }

    public StoredCodes BirthOrder { get; }

    public StoredCodes ProtectionPlan { get; }

    public StoredCodes AbuseCategory { get; }

    public StoredCodes SiblingProtectionPlan { get; }

    public StoredCodes LegalStatus { get; }

    public StoredCodes LivingSituation { get; }

    public StoredCodes Disability { get; }

    public StoredCodes CscInvolvement { get; }

    public StoredCodes IncidentType { get; }

    public StoredCodes CriminalProceedings { get; }

    public StoredCodes HarmType { get; }

    public StoredCodes DeathCategory { get; }

    public StoredCodes ParentFactor { get; }

    public StoredCodes ChildFactor { get; }

    public StoredCodes CaseFactor { get; }

    public StoredCodes DelayReason { get; }

    /// <summary>The tables, once made (started by the first call).</summary>
    public static Task<CodeTables> LoadAsync() => Loaded.Value;
}

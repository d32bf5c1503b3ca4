using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Prime reported cause of the incident (Table 17). Neglect includes accidents and house fires; Suicide includes self-harm; Other includes unexplained and no information.</summary>
public enum HarmType
{
    [Label("Physical assault")]
    PhysicalAssault,

    [Label("Sudden unexpected death in infancy")]
    SuddenInfantDeath,

    [Label("Overlaying")]
    Overlaying,

    [Label("Neglect (including accidents and house fires)")]
    Neglect,

    [Label("Poisoning")]
    Poisoning,

    [Label("Sexual abuse")]
    SexualAbuse,

    [Label("Suicide or self-harm")]
    Suicide,

    [Label("Gone missing")]
    GoneMissing,

    [Label("Other (including unexplained)")]
    Other,
}

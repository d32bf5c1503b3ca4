using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Sampling;

/// <summary>
/// A characteristic the intensive sample is balanced on, with its categories in table order; a case
/// whose value is not known falls in the category <c>not_known</c>.
/// </summary>
internal sealed record BalanceVariable(string Key, string Label, IReadOnlyList<(string Code, string Label)> Categories, Func<Notification, string> CategoryOf)
{
    public const string NotKnown = "not_known";

    public static IReadOnlyList<BalanceVariable> All { get; } =
    [
        Of<AgeGroup>("age_group", "Age group", n => n.AgeMonths is { } months ? Age.GroupOf(months) : null),
        Of<IncidentType>("incident_type", "Incident type", n => n.IncidentType),
        Of<Gender>("gender", "Gender", n => n.Gender),
        Of<Ethnicity>("ethnicity", "Ethnicity", n => n.Ethnicity),
        Of<Region>("region", "Region", n => n.Region),
    ];

    /// <summary>Gender, ethnicity and region: balanced by the choice within strata.</summary>
    public static IReadOnlyList<BalanceVariable> WithinStrata { get; } = All.Skip(2).ToList();

    private static BalanceVariable Of<T>(string key, string label, Func<Notification, T?> value)
        where T : struct, Enum =>
        new(key, label,
            [.. Codes<T>.All.Select(v => (Codes<T>.Code(v), Codes<T>.Label(v))), (NotKnown, "Not known")],
            n => value(n) is { } v ? Codes<T>.Code(v) : NotKnown);
}

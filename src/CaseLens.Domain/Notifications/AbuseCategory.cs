using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Category of a child protection plan (Tables 8 and 10).</summary>
public enum AbuseCategory
{
    [Label("Physical abuse")]
    Physical,

    [Label("Sexual abuse")]
    Sexual,

    [Label("Emotional abuse")]
    Emotional,

    [Label("Neglect")]
    Neglect,
}

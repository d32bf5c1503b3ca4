using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Gender of the index child (Table 3).</summary>
public enum Gender
{
    [Label("Female")]
    Female,

    [Label("Male")]
    Male,
}

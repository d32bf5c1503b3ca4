using CaseLens.Domain.Validation;

namespace CaseLens.Domain.Tests.Validation;

/// <summary>The date limits the tests judge records by: a fixed today, so that no test depends on the clock.</summary>
internal static class TestDates
{
    public static DateOnly Today { get; } = new(2026, 6, 30);

    public static DateLimits Limits { get; } = new(Today);
}

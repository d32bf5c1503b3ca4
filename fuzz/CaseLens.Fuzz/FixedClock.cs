namespace CaseLens.Fuzz;

/// <summary>A clock stopped at one instant, so that a crash found by the fuzzer replays the same way on any day.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

namespace CaseLens.Domain.Validation;

/// <summary>
/// The dates a record may hold: from <see cref="Earliest"/> (1 January 1900, before which no child
/// of a review can have been born) to <see cref="Latest"/>, today, both ends included. A date in
/// the future is a typing error (2105 for 2015), never a planned event.
/// </summary>
/// <param name="Latest">The last date allowed: today, as <see cref="Today"/> reads it.</param>
public sealed record DateLimits(DateOnly Latest)
{
    /// <summary>The first date allowed, 1900-01-01.</summary>
    public static DateOnly Earliest { get; } = new(1900, 1, 1);

    /// <summary>
    /// The limits as of today: the calendar date of <paramref name="time"/>'s local clock (the
    /// machine's time zone, which for CaseLens is England's). Read once per file, so that a file
    /// read across midnight is judged by one date.
    /// </summary>
    public static DateLimits Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new DateLimits(DateOnly.FromDateTime(time.GetLocalNow().DateTime));
    }

    /// <summary>Whether <paramref name="date"/> lies within the limits, both ends included.</summary>
    public bool Allows(DateOnly date) => date >= Earliest && date <= Latest;
}

namespace CaseLens.Domain.Research;

/// <summary>How an extract writes dates.</summary>
public enum DateHandling
{
    /// <summary>The calendar month, <c>YYYY-MM</c>.</summary>
    Month,

    /// <summary>The study year only, <c>2005-06</c>.</summary>
    StudyYear,

    /// <summary>Each date moved by one offset per case (up to half a year either way), so that its intervals survive; <see cref="ExtractLevel.Limited"/> only.</summary>
    Shift,
}

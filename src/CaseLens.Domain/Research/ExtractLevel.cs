namespace CaseLens.Domain.Research;

/// <summary>How much a research extract keeps, in the manner of REDCap's export tiers.</summary>
public enum ExtractLevel
{
    /// <summary>The strictest: no free text, no board names, no case ids, no exact dates (months or study years only), ages in bands.</summary>
    Deidentified,

    /// <summary>
    /// A limited data set: as <see cref="Deidentified"/>, but dates may be shifted by a per-case offset
    /// (intervals kept), ages kept in months, and outlines kept for a named reviewer on request.
    /// </summary>
    Limited,
}

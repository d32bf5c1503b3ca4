namespace CaseLens.Storage.Records;

/// <summary>How a replacement of one stored record ended.</summary>
public enum ReplacementOutcome
{
    /// <summary>The record was replaced and the change audited.</summary>
    Replaced,

    /// <summary>No record has the id: nothing was written.</summary>
    Missing,

    /// <summary>The stored record is no longer the one the change was made from: nothing was written.</summary>
    Stale,
}

/// <summary>The outcome of a replacement, with the stored record as it was found (null when missing).</summary>
public sealed record Replacement<T>(ReplacementOutcome Outcome, T? Stored)
    where T : class;

namespace CaseLens.Application.Comparing;

/// <summary>One of the two things compared.</summary>
/// <param name="Label">The period label, or the published column's key.</param>
/// <param name="Hash">SHA-256 (hex): of the case records in scope for a data set, of the comparator file for a published column.</param>
/// <param name="Source">Where it came from, in words for the text output (a file name or "the store").</param>
internal sealed record ComparedSide(string Label, string Hash, string Source);

using CaseLens.Domain.Codebook;
using CaseLens.Domain.Research;

namespace CaseLens.Analysis.Research;

/// <summary>
/// A de-identified research extract: its level, its columns with their codebook entries, one row per
/// notification (values as written to the CSV), the k-anonymity check (before any generalising, and after
/// when asked), and the named reviewer its outlines are kept for, if any.
/// </summary>
public sealed record ResearchExtract(
    ExtractLevel Level,
    IReadOnlyList<CodebookVariable> Variables,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    KAnonymityReport KAnonymity,
    KAnonymityReport? Generalised,
    string? OutlineReviewer);

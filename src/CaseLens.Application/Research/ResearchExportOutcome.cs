using CaseLens.Domain.Research;

namespace CaseLens.Application.Research;

/// <summary>What a research export wrote: how many rows at which level, its k-anonymity check (and the check after generalising, when asked), the files, and whether its key file was made.</summary>
public sealed record ResearchExportOutcome(
    int Rows, ExtractLevel Level, KAnonymityReport KAnonymity, KAnonymityReport? Generalised, IReadOnlyList<string> Files, bool KeyCreated);

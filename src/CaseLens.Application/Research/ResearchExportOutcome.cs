using CaseLens.Analysis.Research;

namespace CaseLens.Application.Research;

/// <summary>What a research export wrote: the extract (its k-anonymity check included), the files, and whether its key file was made.</summary>
public sealed record ResearchExportOutcome(ResearchExtract Extract, IReadOnlyList<string> Files, bool KeyCreated);

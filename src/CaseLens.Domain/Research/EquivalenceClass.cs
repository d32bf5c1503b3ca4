namespace CaseLens.Domain.Research;

/// <summary>One combination of quasi-identifier values (as written in the extract, in <see cref="KAnonymityReport.QuasiIdentifiers"/> order) and how many records share it.</summary>
public sealed record EquivalenceClass(IReadOnlyList<string> Values, int Size);

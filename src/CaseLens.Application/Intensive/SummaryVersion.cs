using CaseLens.Application.Cases;
using CaseLens.Domain.CaseSummaries;

namespace CaseLens.Application.Intensive;

/// <summary>A case summary as it was read, with the token of its exact content (its fields by name, in order).</summary>
public sealed record SummaryVersion(CaseSummary Summary)
{
    /// <summary>SHA-256 of the summary's fields in order, in hex.</summary>
    public string Token { get; } = TokenOf(Summary);

    /// <summary>The token of <paramref name="summary"/>, as <see cref="Token"/>.</summary>
    public static string TokenOf(CaseSummary summary) =>
        VersionToken.Of(summary.Fields().SelectMany(f => new[] { f.Key, f.Value }));
}

using CaseLens.Domain.Research;

namespace CaseLens.Analysis.Research;

/// <summary>What a research extract keeps and how it hides the rest.</summary>
public sealed record ExtractOptions
{
    /// <summary>How much the extract may reveal, which decides the options allowed with it (<see cref="Problems"/>).</summary>
    public required ExtractLevel Level { get; init; }

    /// <summary>The key of the keyed pseudonyms (HMAC-SHA256), at least 32 bytes, held outside the store.</summary>
    public required byte[] Key { get; init; }

    /// <summary><value>The default value is <see cref="DateHandling.Month"/>.</value></summary>
    public DateHandling Dates { get; init; } = DateHandling.Month;

    /// <summary>Ages in months rather than in the study's age groups (<see cref="ExtractLevel.Limited"/> only). <value>The default value is false.</value></summary>
    public bool AgeInMonths { get; init; }

    /// <summary>The named reviewer the outlines are kept for (<see cref="ExtractLevel.Limited"/> only); none keeps no outline. <value>The default value is none.</value></summary>
    public string? OutlineReviewer { get; init; }

    /// <summary>The k of the k-anonymity check. <value>The default value is 5.</value></summary>
    public int K { get; init; } = 5;

    /// <summary>Whether to generalise further when classes are smaller than k (broad age bands, then region withheld in the classes still small). <value>The default value is false.</value></summary>
    public bool Generalise { get; init; }

    /// <summary>The problems with these options for their level; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Key is null || Key.Length < 32)
        {
            problems.Add("the pseudonym key must be at least 32 bytes");
        }

        if (K < 2)
        {
            problems.Add("k must be 2 or more");
        }

        if (Level == ExtractLevel.Deidentified)
        {
            if (Dates == DateHandling.Shift)
            {
                problems.Add("a de-identified extract has no exact dates: use months or study years, or the limited level to shift dates");
            }

            if (AgeInMonths)
            {
                problems.Add("a de-identified extract gives ages in bands: use the limited level for months");
            }

            if (OutlineReviewer is not null)
            {
                problems.Add("a de-identified extract has no free text: outlines are kept only at the limited level, for a named reviewer");
            }
        }

        if (OutlineReviewer is { } reviewer && string.IsNullOrWhiteSpace(reviewer))
        {
            problems.Add("outlines are kept only for a named reviewer");
        }

        return problems;
    }
}

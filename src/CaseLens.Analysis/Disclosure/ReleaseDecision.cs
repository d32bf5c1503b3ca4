namespace CaseLens.Analysis.Disclosure;

/// <summary>What <see cref="ReleaseAudit.Publish"/> decided: the report to publish, or a refusal naming each conflict.</summary>
public sealed record ReleaseDecision(DisclosedReport? Published, IReadOnlyList<ReleaseConflict> Conflicts)
{
    /// <summary>Whether the report may not be published as asked (then <see cref="Conflicts"/> says why).</summary>
    public bool Refused => Published is null;
}

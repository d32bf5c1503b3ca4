namespace CaseLens.Analysis.Disclosure;

/// <summary>What <see cref="ReleaseAudit.Publish"/> decided: the report to publish, or a refusal naming each conflict.</summary>
public sealed record ReleaseDecision(DisclosedReport? Published, IReadOnlyList<ReleaseConflict> Conflicts)
{
    public bool Refused => Published is null;
}

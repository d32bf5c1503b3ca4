using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>Domestic violence in the household: Appendix 2 counts current (current, current and past), past (past, current and past) and either.</summary>
public enum DomesticViolenceHistory
{
    [Label("No")]
    No,

    [Label("Current")]
    Current,

    [Label("Past")]
    Past,

    [Label("Current and past")]
    CurrentAndPast,
}

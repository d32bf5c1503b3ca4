namespace CaseLens.Reporting.Wording;

/// <summary>The two parts of the analysis a table belongs to.</summary>
public enum ReportSection
{
    /// <summary>Tables from the notifications file (Chapter 2, Appendix 1).</summary>
    Notifications,

    /// <summary>Tables from the intensive sample file (Appendices 2–5).</summary>
    IntensiveSample,
}

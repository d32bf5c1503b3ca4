namespace CaseLens.Analysis.Reports;

/// <summary>The two parts of the analysis a table belongs to; a report prints each under its own heading.</summary>
public enum ReportSection
{
    /// <summary>Tables from the notifications file (Chapter 2, Appendix 1).</summary>
    Notifications,

    /// <summary>Tables from the intensive sample file (Appendices 2–5).</summary>
    IntensiveSample,
}

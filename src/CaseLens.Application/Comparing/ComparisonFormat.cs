namespace CaseLens.Application.Comparing;

/// <summary>How <c>caselens compare</c> writes its result.</summary>
public enum ComparisonFormat
{
    /// <summary>A plain table, one row per report table, and a legend.</summary>
    Text,

    /// <summary>The <c>scr-comparison/1</c> JSON document.</summary>
    Json,
}

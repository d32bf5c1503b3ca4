namespace CaseLens.Storage.Querying;

/// <summary>What a case list is ordered by; ties are broken by case id, so that paging is stable.</summary>
public enum CaseSort
{
    /// <summary>Ordinal case id.</summary>
    CaseId,

    /// <summary>Date of the incident.</summary>
    IncidentDate,

    /// <summary>The board's name.</summary>
    Board,

    /// <summary>Age at the incident in months (not known last when ascending).</summary>
    Age,
}

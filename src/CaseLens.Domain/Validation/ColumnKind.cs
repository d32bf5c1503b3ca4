namespace CaseLens.Domain.Validation;

/// <summary>How a column's cell text is written, so that other formats (xlsx) can type it.</summary>
public enum ColumnKind
{
    /// <summary>Free text, kept exactly as given.</summary>
    Text,

    /// <summary>An ISO date <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>A whole number in invariant digits.</summary>
    Integer,

    /// <summary><c>yes</c> or <c>no</c>.</summary>
    YesNo,

    /// <summary>One code of the column's codebook.</summary>
    Code,

    /// <summary>Codes of the column's codebook joined by <c>;</c>.</summary>
    Codes,
}

namespace CaseLens.Storage.Model;

/// <summary>The database type of a stored column, as the bulk paths write it.</summary>
internal enum ColumnKind
{
    /// <summary>Text: identifiers, free text, codes and code sets.</summary>
    Text,

    /// <summary>A 32-bit integer.</summary>
    Integer,

    /// <summary>A boolean (INTEGER 0/1 on SQLite).</summary>
    Boolean,

    /// <summary>A calendar date (ISO text on SQLite, <c>date</c> on PostgreSQL).</summary>
    Date,
}

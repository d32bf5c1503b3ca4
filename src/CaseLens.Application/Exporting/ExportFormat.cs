namespace CaseLens.Application.Exporting;

/// <summary>The file an export writes, chosen by its extension.</summary>
internal enum ExportFormat
{
    /// <summary>.csv: the interchange format, which imports back unchanged.</summary>
    Csv,

    /// <summary>.xlsx: an Excel workbook with the same columns.</summary>
    Workbook,
}

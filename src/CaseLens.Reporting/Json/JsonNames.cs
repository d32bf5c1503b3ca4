namespace CaseLens.Reporting.Json;

/// <summary>The member names of <c>scr-report/1</c>, shared by the writer and the reader.</summary>
internal static class JsonNames
{
    public const string Format = "format";
    public const string Provenance = "provenance";
    public const string PeriodLabel = "period_label";
    public const string DataSetHash = "data_set_hash";
    public const string Filters = "filters";
    public const string Options = "options";
    public const string Version = "version";
    public const string GeneratedAt = "generated_at";
    public const string Tables = "tables";
    public const string Id = "id";
    public const string Title = "title";
    public const string Columns = "columns";
    public const string Rows = "rows";
    public const string Key = "key";
    public const string Label = "label";
    public const string N = "n";
    public const string Source = "source";
    public const string Cells = "cells";
    public const string SubRow = "sub_row";
    public const string NotKnown = "not_known";

    public const string Withheld = "withheld";
    public const string Notes = "notes";
    public const string RowPercentages = "row_percentages";
    public const string Count = "count";
    public const string Percent = "percent";
    public const string Suppressed = "suppressed";
    public const string Display = "display";
    public const string Median = "median";
    public const string Min = "min";
    public const string Max = "max";
    public const string Cases = "cases";
    public const string Comparator = "comparator";
}

namespace CaseLens.Domain.Tests.Validation;

/// <summary>A notification row with only its required cells (a valid record of unknowns), and any cells given on top.</summary>
internal static class MinimalRow
{
    public static Dictionary<string, string?> With(params (string Column, string Text)[] cells)
    {
        var row = new Dictionary<string, string?>
        {
            ["case_id"] = "N0001",
            ["incident_date"] = "2005-04-03",
            ["scr_status"] = "no",
        };
        foreach (var (column, text) in cells)
        {
            row[column] = text;
        }

        return row;
    }
}

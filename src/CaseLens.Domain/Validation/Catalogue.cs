namespace CaseLens.Domain.Validation;

/// <summary>Small operations over a column catalogue.</summary>
internal static class Catalogue
{
    public static int IndexOf(IReadOnlyList<ColumnDefinition> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return columns.Count;
    }

    public static IReadOnlyDictionary<string, string> Zip(IReadOnlyList<ColumnDefinition> columns, string[] cells)
    {
        var map = new Dictionary<string, string>(columns.Count, StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            map.Add(columns[i].Name, cells[i]);
        }

        return map;
    }
}

namespace CaseLens.Analysis.Tables;

/// <summary>Builds a table's notes: name → count of cases the note is about.</summary>
internal static class Notes
{
    public static IReadOnlyDictionary<string, int> Of(params (string Name, int Count)[] notes)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, count) in notes)
        {
            result[name] = count;
        }

        return result;
    }
}

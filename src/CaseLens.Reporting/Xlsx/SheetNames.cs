using System.Globalization;

namespace CaseLens.Reporting.Xlsx;

/// <summary>Sheet names Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>, unique ignoring case.</summary>
internal sealed class SheetNames
{
    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Unique(string wanted)
    {
        var clean = new string(wanted.Select(c => Forbidden.Contains(c) ? '_' : c).ToArray()).Trim('\'');
        if (clean.Length == 0)
        {
            clean = "Sheet";
        }

        clean = clean.Length > 31 ? clean[..31] : clean;
        var name = clean;
        for (var i = 2; !_used.Add(name); i++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({i})");
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }
}

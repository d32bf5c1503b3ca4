using System.Data.Common;
using System.Text.RegularExpressions;

namespace CaseLens.Storage.Locations;

/// <summary>
/// Whether text is meant as a connection string rather than a file path: it has a keyword (a word
/// made of letters, digits, spaces and underscores, starting with a letter) followed by <c>=</c>, at
/// its start or after a <c>;</c>. A path such as <c>/data/Hostname=1.db</c> is not one; a file
/// whose name starts with such a word is written with its folder (<c>./Name=1.db</c>).
/// </summary>
internal static partial class ConnectionStringShape
{
    public static bool LooksLikeOne(string text) => Keyword().IsMatch(text);

    /// <summary>The keyword and value pairs (keywords in lower case), or null when the text does not parse.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? Pairs(string text)
    {
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = text;
        }
        catch (ArgumentException)
        {
            // The message would quote where it failed, which may be inside a password.
            return null;
        }

        return [.. builder.Keys.Cast<string>().Select(key => KeyValuePair.Create(key, Convert.ToString(builder[key], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))];
    }

    [GeneratedRegex(@"(^|;)\s*[A-Za-z][A-Za-z0-9 _]*=", RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();
}

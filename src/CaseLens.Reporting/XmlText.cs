using System.Text;

namespace CaseLens.Reporting;

/// <summary>
/// Text from data (a board name in the filters, a comparator's label) made fit for an XML text
/// node of an Office document: characters XML 1.0 cannot carry (control characters, lone
/// surrogates, U+FFFE and U+FFFF) are dropped, and so are the C1 control characters. Markup
/// characters are left alone: the Open XML writer escapes them.
/// </summary>
internal static class XmlText
{
    /// <summary>The text without the characters above; tab, line feed and carriage return are kept only when asked.</summary>
    public static string Clean(string text, bool keepLineBreaks)
    {
        if (!NeedsCleaning(text, keepLineBreaks))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (Allowed(c, keepLineBreaks))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static bool NeedsCleaning(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!Allowed(c, keepLineBreaks))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Allowed(char c, bool keepLineBreaks) =>
        char.IsControl(c)
            ? keepLineBreaks && c is '\t' or '\n' or '\r'
            : !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF');
}

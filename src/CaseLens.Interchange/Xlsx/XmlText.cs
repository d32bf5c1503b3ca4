using System.Text;

namespace CaseLens.Interchange.Xlsx;

/// <summary>
/// The one rule for text from data (a case's free text, a board name, a comparator's label) written
/// into an XML text node of an Office document, the case workbook as much as a report's xlsx or docx:
/// characters XML 1.0 cannot carry (C0 control characters, lone surrogates, U+FFFE and U+FFFF) are
/// dropped, and so are DEL and the C1 control characters, which XML 1.0 allows but Office
/// applications do not show. Dropped, not replaced, so that a stray control character does not
/// become a visible mark in a label. Markup characters are left alone: the Open XML writer escapes them.
/// </summary>
public static class XmlText
{
    /// <summary>
    /// The text without the characters above. Tab, line feed and carriage return are kept only when
    /// asked: a spreadsheet cell shows them, a word-processing run does not (a break there is an element).
    /// </summary>
    public static string Clean(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text, keepLineBreaks))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsPair(text, i))
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
            if (IsPair(text, i))
            {
                i++;
            }
            else if (!Allowed(text[i], keepLineBreaks))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static bool Allowed(char c, bool keepLineBreaks) =>
        char.IsControl(c)
            ? keepLineBreaks && c is '\t' or '\n' or '\r'
            : !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF');
}

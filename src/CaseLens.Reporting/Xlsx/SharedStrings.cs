using CaseLens.Interchange.Xlsx;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseLens.Reporting.Xlsx;

/// <summary>The workbook's shared string table: each distinct text stored once, referred to by index.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int IndexOf(string text)
    {
        if (!_index.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _index.Add(text, index);
            _texts.Add(text);
        }

        return index;
    }

    public SharedStringTable ToTable()
    {
        var table = new SharedStringTable { Count = (uint)_texts.Count, UniqueCount = (uint)_texts.Count };
        foreach (var text in _texts)
        {
            table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlText.Clean(text, keepLineBreaks: true)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }

        return table;
    }
}

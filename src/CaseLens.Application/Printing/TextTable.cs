namespace CaseLens.Application.Printing;

/// <summary>
/// A table of plain text for a host to lay out (the command line draws it in Markdown form): the
/// column headings and a row of cells per line, already in words.
/// </summary>
/// <param name="Headers">The column headings.</param>
/// <param name="Rows">The rows, each with one cell per heading.</param>
public sealed record TextTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>How a host lays out a <see cref="TextTable"/> on a writer, for renderers that mix tables with lines of text.</summary>
public delegate void TextTableWriter(TextWriter output, TextTable table);

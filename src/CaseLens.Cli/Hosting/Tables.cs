using CaseLens.Application.Printing;
using Spectre.Console;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// Plain tables on standard output in Markdown form: no colour or markup, no trailing spaces, so they
/// pipe, diff and paste cleanly. A blank line follows each table.
/// </summary>
internal static class Tables
{
    /// <summary>A use case's table; its signature is a <see cref="TextTableWriter"/>.</summary>
    public static void Write(TextWriter output, TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Write(output, [.. table.Headers], table.Rows.Select(row => row.ToArray()));
    }

    public static void Write(TextWriter output, string[] headers, IEnumerable<string[]> rows)
    {
        using var rendered = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(rendered),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        var table = new Table().Border(TableBorder.Markdown);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => new Text(cell)).ToArray());
        }

        console.Write(table);
        foreach (var line in rendered.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))
        {
            output.WriteLine(line);
        }

        output.WriteLine();
    }
}

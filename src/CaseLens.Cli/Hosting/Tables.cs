using Spectre.Console;

namespace CaseLens.Cli.Hosting;

/// <summary>Plain tables on standard output (no colour or markup, so they pipe and diff cleanly).</summary>
internal static class Tables
{
    public static void Write(TextWriter output, string[] headers, IEnumerable<string[]> rows)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
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
    }
}

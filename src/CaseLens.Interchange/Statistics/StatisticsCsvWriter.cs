using CaseLens.Domain.Codebook;
using CsvHelper;

namespace CaseLens.Interchange.Statistics;

/// <summary>
/// Writes a data file for statistics packages: RFC 4180 CSV, UTF-8 without a byte-order mark, CRLF line
/// ends, a header of variable names, each row's values as given (categorical variables as their codebook
/// positions). <see cref="SpssSyntaxWriter"/> and <see cref="RScriptWriter"/> read it back with its codebook.
/// </summary>
public static class StatisticsCsvWriter
{
    public static void Write(IReadOnlyList<CodebookVariable> variables, IEnumerable<IReadOnlyList<string>> rows, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(stream);
        var options = CsvWriterOptions.Default with
        {
            Separator = ',',
            Mode = CsvMode.Rfc4180,
            Injection = CsvInjection.None,
            WriteByteOrderMark = false,
            NewLine = "\r\n",
        };
        using var writer = CsvWriter.Create(stream, options, leaveOpen: true);
        writer.WriteHeader([.. variables.Select(v => v.Name)]);
        foreach (var row in rows)
        {
            if (row.Count != variables.Count)
            {
                throw new ArgumentException($"A row has {row.Count} values for {variables.Count} variables.", nameof(rows));
            }

            writer.WriteRecord([.. row]);
        }

        writer.Flush();
    }
}

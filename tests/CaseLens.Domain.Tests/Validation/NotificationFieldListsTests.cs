using System.Globalization;
using System.Text;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Domain.Validation;
using CaseLens.TestKit;

namespace CaseLens.Domain.Tests.Validation;

/// <summary>
/// <see cref="NotificationColumns.All"/> is the one description of a notification's fields: the CSV
/// and xlsx columns, the codebook, the research export and the edit form are made from it. The lists
/// that must still name every field by hand (the coding sheet's reader and writer, the canonical line
/// of the data set hash) are held to it here, by names and by order, with a record whose every field
/// is set to a value no other field of its kind has.
/// </summary>
public class NotificationFieldListsTests
{
    private static readonly Notification Full = FullRecords.Notification("N-full");

    [Fact]
    public void The_writer_puts_each_field_under_its_own_column()
    {
        // The reader takes each field by column name, so a field written under another column comes back wrong or invalid.
        var again = NotificationCoding.Parse(NotificationCoding.Cells(Full).ToDictionary(p => p.Key, p => (string?)p.Value), TestDates.Limits);

        again.Value.ShouldBe(Full);
    }

    [Fact]
    public void The_reader_reads_every_column()
    {
        var cells = NotificationCoding.Cells(Full);

        foreach (var column in NotificationColumns.All)
        {
            var without = cells.ToDictionary(p => p.Key, p => p.Key == column.Name ? null : (string?)p.Value);
            var read = NotificationCoding.Parse(without, TestDates.Limits);

            (read.IsValid && read.Value == Full).ShouldBeFalse(column.Name);
        }
    }

    [Fact]
    public void The_canonical_line_has_the_fields_of_the_catalogue_in_its_order()
    {
        var line = new StringBuilder();
        CanonicalText.AppendLine(Full, line);
        var cells = NotificationCoding.Write(Full);

        var fields = CanonicalFields(line.ToString(), NotificationColumns.All);

        fields.Count.ShouldBe(NotificationColumns.All.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            fields[i].ShouldBe(cells[i], NotificationColumns.All[i].Name);
        }
    }

    // Splits a canonical line by the catalogue's kinds: free text is length:text (or - when absent), the rest runs to the next |.
    private static List<string> CanonicalFields(string line, IReadOnlyList<ColumnDefinition> columns)
    {
        var fields = new List<string>();
        var at = 0;
        foreach (var column in columns)
        {
            if (column.Kind == ColumnKind.Text && line[at] != '-')
            {
                var colon = line.IndexOf(':', at);
                var length = int.Parse(line[at..colon], CultureInfo.InvariantCulture);
                fields.Add(line.Substring(colon + 1, length));
                at = colon + 1 + length;
            }
            else
            {
                var bar = line.IndexOf('|', at);
                var text = line[at..bar];
                fields.Add(column.Kind == ColumnKind.Text ? string.Empty : text);
                at = bar;
            }

            line[at].ShouldBe('|');
            at++;
        }

        line[at..].ShouldBe("\n");
        return fields;
    }
}

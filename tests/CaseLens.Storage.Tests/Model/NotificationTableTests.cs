using System.Globalization;
using CaseLens.Domain.Validation;
using CaseLens.Storage.Model;

namespace CaseLens.Storage.Tests.Model;

/// <summary>
/// The stored columns (and so the audit trail's JSON, which is written from them) are the coding
/// sheet's columns: the same names in the same order, each holding the field the sheet writes under it.
/// </summary>
public sealed class NotificationTableTests
{
    [Fact]
    public void The_stored_columns_are_the_catalogue_columns_in_its_order() =>
        NotificationTable.Instance.Columns.Select(c => c.Name).ShouldBe(NotificationColumns.All.Select(c => c.Name));

    [Fact]
    public void Each_stored_column_holds_the_field_the_coding_sheet_writes_under_that_name()
    {
        var record = FullRecords.Notification("N-full");
        var cells = NotificationCoding.Cells(record);

        foreach (var column in NotificationTable.Instance.Columns)
        {
            var stored = column.Value(record) switch
            {
                null => string.Empty,
                bool flag => flag ? "yes" : "no",
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                var value => value.ToString(),
            };

            stored.ShouldBe(cells[column.Name], column.Name);
        }
    }
}

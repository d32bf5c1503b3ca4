using System.Text.Json;
using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Json;

namespace CaseLens.Reporting.Tests.Json;

public sealed class ScrReportJsonWriterTests
{
    private static JsonElement Root() => JsonDocument.Parse(ScrReportJsonWriter.ToJson(SampleReport.Report)).RootElement;

    private static JsonElement Table(string id) => Root().GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);

    private static JsonElement CellOf(string tableId, string row, string column) =>
        Table(tableId).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == row)
            .GetProperty("cells").GetProperty(column);

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Document_starts_with_the_format_and_provenance()
    {
        var root = Root();

        Names(root).ShouldBe(["format", "provenance", "tables"]);
        root.GetProperty("format").GetString().ShouldBe("scr-report/1");
        var provenance = root.GetProperty("provenance");
        provenance.GetProperty("period_label").GetString().ShouldBe("2005-07");
        provenance.GetProperty("generated_at").GetString().ShouldBe("2026-11-26T01:02:03+00:00");
        Names(provenance.GetProperty("options")).ShouldBe(["a", "suppress_below"]);
    }

    [Fact]
    public void Every_cell_matches_the_model()
    {
        foreach (var table in SampleReport.Report.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var (key, cell) in row.Cells)
                {
                    var json = CellOf(table.Id, row.Key, key);
                    Expect(json, "count", cell.Count);
                    Expect(json, "percent", cell.Percent);
                    Expect(json, "n", cell.N);
                    if (cell.Median is { } median)
                    {
                        json.GetProperty("median").GetDouble().ShouldBe(median);
                        json.GetProperty("min").GetDouble().ShouldBe(cell.Min!.Value);
                        json.GetProperty("max").GetDouble().ShouldBe(cell.Max!.Value);
                    }
                }
            }
        }
    }

    [Fact]
    public void Columns_give_key_label_n_and_source()
    {
        var columns = Table("T2").GetProperty("columns").EnumerateArray().ToArray();

        columns.Select(c => c.GetProperty("key").GetString()).ShouldBe(["2005-07", "2003-05", "census"]);
        Names(columns[0]).ShouldBe(["key", "label", "n", "source"]);
        columns[0].GetProperty("n").GetInt32().ShouldBe(189);
        columns[0].GetProperty("source").GetString().ShouldBe("cases");
        columns[1].GetProperty("source").GetString().ShouldBe("comparator");
        columns[2].GetProperty("n").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void A_suppressed_cell_is_count_null_percent_null_suppressed_and_display()
    {
        var cell = CellOf("T2", "16_17", "2005-07");

        Names(cell).ShouldBe(["count", "percent", "suppressed", "display"]);
        cell.GetProperty("count").ValueKind.ShouldBe(JsonValueKind.Null);
        cell.GetProperty("percent").ValueKind.ShouldBe(JsonValueKind.Null);
        cell.GetProperty("suppressed").GetBoolean().ShouldBeTrue();
        cell.GetProperty("display").GetString().ShouldBe("<6");
        ScrReportJsonWriter.ToJson(SampleReport.Report).ShouldContain("\"display\": \"<6\"");
    }

    [Fact]
    public void Count_only_and_percent_only_cells_carry_only_their_member()
    {
        Names(CellOf("T18", "A", "count")).ShouldBe(["count"]);
        Names(CellOf("T18", "A", "percent_of_deaths")).ShouldBe(["percent"]);
        Names(CellOf("T2", "under_1", "census")).ShouldBe(["percent"]);
        Names(CellOf("T21", "incident_to_decision_weeks", "death")).ShouldBe(["median", "min", "max", "n"]);
    }

    [Fact]
    public void Sub_rows_are_flagged_and_other_rows_are_not()
    {
        var rows = Table("T2").GetProperty("rows").EnumerateArray().ToArray();

        rows[2].GetProperty("sub_row").GetBoolean().ShouldBeTrue();
        rows[0].TryGetProperty("sub_row", out _).ShouldBeFalse();
    }

    [Fact]
    public void Not_known_and_notes_follow_the_table()
    {
        var table = Table("T2");

        Names(table).ShouldBe(["id", "title", "columns", "rows", "not_known", "notes"]);
        table.GetProperty("not_known").GetProperty("2005-07").GetInt32().ShouldBe(0);
        Names(table.GetProperty("notes")).ShouldBe(["another", "unclear"]);
        Table("T21").GetProperty("row_percentages").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Output_does_not_depend_on_dictionary_insertion_order()
    {
        var reordered = SampleReport.Report with
        {
            Provenance = SampleReport.Report.Provenance with
            {
                Options = new Dictionary<string, string> { ["a"] = "b", ["suppress_below"] = "6" },
            },
            Tables =
            [
                SampleReport.AgeTable with { Notes = new Dictionary<string, int> { ["unclear"] = 3, ["another"] = 1 }.Reverse().ToDictionary() },
                SampleReport.DeathsTable,
                SampleReport.TimesTable,
            ],
        };

        ScrReportJsonWriter.ToJson(reordered).ShouldBe(ScrReportJsonWriter.ToJson(SampleReport.Report));
    }

    [Fact]
    public void Numbers_are_written_invariantly()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            Thread.CurrentThread.CurrentCulture = comma;
            ScrReportJsonWriter.ToJson(SampleReport.Report).ShouldContain("\"median\": 5.5");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    private static void Expect(JsonElement cell, string name, int? value)
    {
        if (value is { } number)
        {
            cell.GetProperty(name).GetInt32().ShouldBe(number);
        }
        else if (cell.TryGetProperty(name, out var member))
        {
            member.ValueKind.ShouldBe(JsonValueKind.Null);
        }
    }
}

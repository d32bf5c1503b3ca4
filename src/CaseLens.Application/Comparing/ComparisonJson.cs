using System.Text.Encodings.Web;
using System.Text.Json;
using CaseLens.Analysis.Comparison;

namespace CaseLens.Application.Comparing;

/// <summary>
/// The <c>scr-comparison/1</c> JSON document:
/// <c>{"format","a":{"label","hash"},"b":{"label","hash"},"tables":[{"id","test","statistic","df","p","reason"}]}</c>.
/// <c>test</c> is <c>chi-square</c>, <c>fisher-exact</c>, <c>fisher-simulated</c> or <c>not-tested</c>;
/// <c>statistic</c> and <c>df</c> are the chi-square test's and null otherwise; <c>p</c> is null when not
/// tested; a simulated test adds <c>replicates</c>, <c>seed</c> and <c>standard_error</c>; numbers are full precision.
/// </summary>
internal static class ComparisonJson
{
    public const string FormatName = "scr-comparison/1";

    public static void Write(Stream stream, ComparedSide a, ComparedSide b, IReadOnlyList<TableComparison> results)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        WriteSide(json, "a", a);
        WriteSide(json, "b", b);
        json.WriteStartArray("tables");
        foreach (var result in results)
        {
            json.WriteStartObject();
            json.WriteString("id", result.TableId);
            json.WriteString("test", ComparisonNumbers.TestCode(result.Test));
            if (ComparisonNumbers.ChiSquareOf(result) is { } chi)
            {
                json.WriteNumber("statistic", chi.Statistic);
                json.WriteNumber("df", chi.DegreesOfFreedom);
            }
            else
            {
                json.WriteNull("statistic");
                json.WriteNull("df");
            }

            if (result.PValue is { } p)
            {
                json.WriteNumber("p", p);
            }
            else
            {
                json.WriteNull("p");
            }

            if (result.FisherSimulated is { } simulated)
            {
                json.WriteNumber("replicates", simulated.Replicates);
                json.WriteNumber("seed", simulated.Seed);
                json.WriteNumber("standard_error", simulated.StandardError);
            }

            json.WriteString("reason", result.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteSide(Utf8JsonWriter json, string name, ComparedSide side)
    {
        json.WriteStartObject(name);
        json.WriteString("label", side.Label);
        json.WriteString("hash", side.Hash);
        json.WriteEndObject();
    }
}

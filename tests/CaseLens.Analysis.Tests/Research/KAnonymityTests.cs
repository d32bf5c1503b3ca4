using CaseLens.Analysis.Research;

namespace CaseLens.Analysis.Tests.Research;

public sealed class KAnonymityTests
{
    [Fact]
    public void The_sample_check_matches_the_hand_computed_classes()
    {
        var extract = ExtractSample.Of(ExtractSample.Deidentified);
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Research", "k-anonymity-sample.csv"));
        var classes = int.Parse(lines[0].Split(';')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var expected = lines.Skip(2).Select(l => l.Split(',')).Select(p => (string.Join(',', p[..6]), int.Parse(p[6], System.Globalization.CultureInfo.InvariantCulture))).ToList();

        var check = extract.KAnonymity;
        check.K.ShouldBe(5);
        check.QuasiIdentifiers.ShouldBe(ResearchExtractBuilder.QuasiIdentifiers);
        check.Classes.ShouldBe(classes);
        var actual = check.SmallClasses.Select(c => (string.Join(',', c.Values.Select((v, i) => Code(extract, check.QuasiIdentifiers[i], v))), c.Size)).ToList();
        actual.OrderBy(a => a.Item1, StringComparer.Ordinal).ShouldBe(expected.OrderBy(e => e.Item1, StringComparer.Ordinal));
        check.RecordsAtRisk.ShouldBe(expected.Sum(e => e.Item2));
    }

    [Fact]
    public void Generalising_leaves_fewer_records_in_small_classes()
    {
        var extract = ExtractSample.Of(ExtractSample.Deidentified with { Generalise = true });

        extract.Generalised.ShouldNotBeNull();
        extract.Generalised.RecordsAtRisk.ShouldBeLessThan(extract.KAnonymity.RecordsAtRisk);
        extract.Variables.Select(v => v.Name).ShouldContain("age_band_broad");
    }

    /// <summary>The codebook code of a written value (a categorical variable's position; text as it is).</summary>
    private static string Code(ResearchExtract extract, string variable, string value)
    {
        var codes = extract.Variables.Single(v => v.Name == variable).Codes;
        return codes.Count == 0 ? value : value == "-1" ? string.Empty : codes[int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) - 1].Key;
    }
}

using CaseLens.Analysis.Research;
using CaseLens.Analysis.Tests.Disclosure;
using CaseLens.Domain.Research;

namespace CaseLens.Analysis.Tests.Research;

/// <summary>Extracts of the shipped sample with a fixed test key.</summary>
internal static class ExtractSample
{
    public static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)(i * 7))];

    public static ResearchExtract Of(ExtractOptions options) => ResearchExtractBuilder.Build(SeedData.Notifications, options);

    public static ExtractOptions Deidentified => new() { Level = ExtractLevel.Deidentified, Key = Key };

    public static ExtractOptions Limited => new() { Level = ExtractLevel.Limited, Key = Key, Dates = DateHandling.Shift, AgeInMonths = true };
}

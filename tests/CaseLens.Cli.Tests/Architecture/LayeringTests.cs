namespace CaseLens.Cli.Tests.Architecture;

/// <summary>
/// The layering of docs/architecture.md, read from what each compiled assembly really references:
/// Domain nothing of ours; Analysis Domain; Interchange and Reporting Domain and Analysis (Reporting
/// also Interchange's workbook helpers); Storage Domain; Application all of those; the hosts
/// Application (and the Domain types it passes through).
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void The_domain_references_nothing_of_ours() =>
        Layers.ReferencesOf("CaseLens.Domain").ShouldBeEmpty();

    [Fact]
    public void Analysis_references_the_domain_only() =>
        Layers.ReferencesOf("CaseLens.Analysis").ShouldBe(["CaseLens.Domain"]);

    [Fact]
    public void Storage_references_the_domain_only() =>
        Layers.ReferencesOf("CaseLens.Storage").ShouldBe(["CaseLens.Domain"]);

    [Theory]
    [InlineData("CaseLens.Interchange", new[] { "CaseLens.Analysis", "CaseLens.Domain" })]
    [InlineData("CaseLens.Reporting", new[] { "CaseLens.Analysis", "CaseLens.Domain", "CaseLens.Interchange" })]
    public void Formats_and_renderers_reference_only_the_domain_and_analysis(string project, string[] allowed) =>
        Layers.ReferencesOf(project).ShouldBeSubsetOf(allowed);

    [Fact]
    public void The_application_references_the_layers_below_it_and_no_host() =>
        Layers.ReferencesOf("CaseLens.Application").ShouldBeSubsetOf(
            ["CaseLens.Analysis", "CaseLens.Domain", "CaseLens.Interchange", "CaseLens.Reporting", "CaseLens.Storage"]);

    [Fact]
    public void The_command_line_references_the_application_and_not_the_layers_below_it()
    {
        var references = Layers.ReferencesOf("CaseLens.Cli");

        references.ShouldContain("CaseLens.Application");
        references.ShouldNotContain("CaseLens.Analysis");
        references.ShouldNotContain("CaseLens.Interchange");
        // Storage only through the one command that still lists cases itself (see CliShapeTests.Pending).
        references.Except(["CaseLens.Storage"]).ShouldBeSubsetOf(
            ["CaseLens.Application", "CaseLens.Domain", "CaseLens.Reporting", "CaseLens.Web"]);
    }
}

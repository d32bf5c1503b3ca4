using CaseLens.TestKit;
using NetArchTest.Rules;

namespace CaseLens.Cli.Tests.Architecture;

/// <summary>
/// The command line is a thin host: it parses arguments, calls a use case of CaseLens.Application
/// and prints the result. So its files are commands (parsing, printing) and hosting (the parser's
/// plumbing, the one result printer, tables, output files), and no type of it touches storage,
/// analysis or the interchange formats itself.
/// </summary>
public sealed class CliShapeTests
{
    /// <summary>
    /// Types that may still use a lower layer, each with the reason. <c>cases</c> lists the store
    /// itself until the scoped case query of Application/Cases takes its place.
    /// </summary>
    private static readonly string[] Pending = [];

    private static readonly string[] RootFiles = ["CaseLensApp.cs", "ExitCodes.cs", "Program.cs"];

    [Fact]
    public void Every_source_file_is_a_command_or_hosting()
    {
        var root = Path.Combine(Repository.Root, "src", "CaseLens.Cli");
        var misplaced = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(file => !file.StartsWith("obj/", StringComparison.Ordinal) && !file.StartsWith("bin/", StringComparison.Ordinal))
            .Where(file => !RootFiles.Contains(file) && !file.StartsWith("Commands/", StringComparison.Ordinal) && !file.StartsWith("Hosting/", StringComparison.Ordinal));

        misplaced.ShouldBeEmpty();
    }

    [Fact]
    public void Every_type_is_in_the_commands_or_hosting_namespace()
    {
        var result = Types.InAssembly(typeof(CaseLensApp).Assembly)
            .That().AreNotNested()
            .Should().ResideInNamespaceMatching(@"^CaseLens\.Cli(\.Commands|\.Hosting)?$")
            .Or().HaveNameStartingWith("<")
            .Or().HaveName("Program")
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("CaseLens.Storage")]
    [InlineData("CaseLens.Analysis")]
    [InlineData("CaseLens.Interchange")]
    public void No_command_uses_a_lower_layer_directly(string layer)
    {
        var result = Types.InAssembly(typeof(CaseLensApp).Assembly)
            .ShouldNot().HaveDependencyOn(layer)
            .GetResult();

        var failing = (result.FailingTypeNames ?? [])
            .Where(type => !Pending.Any(pending => type == pending || type.StartsWith(pending + "/", StringComparison.Ordinal) || type.StartsWith(pending + "+", StringComparison.Ordinal)));
        failing.ShouldBeEmpty();
    }

    [Fact]
    public void The_rule_sees_a_dependency_where_there_is_one()
    {
        // The application opens the store itself, so the same rule must fail for it.
        var result = Types.InAssembly(typeof(Application.Stores.StoreAddress).Assembly)
            .ShouldNot().HaveDependencyOn("CaseLens.Storage")
            .GetResult();

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldContain("CaseLens.Application.Stores.StoreAccess");
    }
}

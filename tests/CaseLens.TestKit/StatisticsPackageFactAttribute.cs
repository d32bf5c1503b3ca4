using Xunit;

namespace CaseLens.TestKit;

/// <summary>
/// A test that runs a real statistics package (<c>pspp</c>, <c>Rscript</c>): skipped when the program is
/// not on the PATH, unless <c>CASELENS_REQUIRE_STATS_PACKAGES=1</c> (CI installs both from Debian's
/// packages), when it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StatisticsPackageFactAttribute : FactAttribute
{
    public StatisticsPackageFactAttribute(string program)
    {
        Skip = ExternalProgram.IsInstalled(program) || Environment.GetEnvironmentVariable("CASELENS_REQUIRE_STATS_PACKAGES") == "1"
            ? null
            : $"{program} is not installed: install PSPP and R (apt-get install pspp r-base-core), or set CASELENS_REQUIRE_STATS_PACKAGES=1 to fail instead";
    }
}

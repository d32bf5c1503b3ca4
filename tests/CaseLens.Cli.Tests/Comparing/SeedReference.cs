namespace CaseLens.Cli.Tests.Comparing;

/// <summary>
/// Reference results for the seed's 2005-07 tables against its 2003-05 columns, computed once with R
/// (4.x) from the published counts, not by CaseLens. R is not needed to run the tests. Script:
/// <code>
/// tabs &lt;- list(
///  T2  = matrix(c(86,44,18,20,21, 76,33,11,26,15), ncol=2),
///  T4  = matrix(c(125,23,13,8,4, 101,8,17,8,2), ncol=2),
///  T5  = matrix(c(42,54,42,20,11,8, 41,50,28,13,7,13), ncol=2),
///  T13 = matrix(c(173,14, 153,8), ncol=2),
///  T14 = matrix(c(123,66, 106,55), ncol=2),
///  T17 = matrix(c(73,5,11,30,11,16,23,0,20, 81,5,6,33,7,6,14,6,3), ncol=2))
/// for (n in names(tabs)) { t &lt;- chisq.test(tabs[[n]], correct=FALSE)
///   cat(n, t$statistic, t$parameter, t$p.value, min(t$expected), fisher.test(tabs[[n]], workspace=2e8)$p.value, "\n") }
/// </code>
/// T17 leaves out its sub-row (head injuries under 1). T4 and T17 have expected counts below 5
/// (minimum 2.64 and 2.76); T17's exact test is beyond CaseLens's enumeration limit, so CaseLens
/// estimates its p by simulation, which must come within four standard errors of R's exact p.
/// <code>Rscript -e 'print(fisher.test(matrix(c(73,5,11,30,11,16,23,0,20,81,5,6,33,7,6,14,6,3),ncol=2), workspace=2e8)$p.value, digits=15)'</code>
/// </summary>
internal static class SeedReference
{
    /// <summary>Table id → (test code, X-squared or null, df or null, p).</summary>
    public static readonly IReadOnlyDictionary<string, (string Test, double? Statistic, int? Df, double P)> Against2003To05 =
        new Dictionary<string, (string, double?, int?, double)>
        {
            // Rscript -e 'chisq.test(matrix(c(86,44,18,20,21,76,33,11,26,15),ncol=2), correct=FALSE)'
            ["T2"] = ("chi-square", 3.44301166476633, 4, 0.486596281522135),
            // Rscript -e 'fisher.test(matrix(c(125,23,13,8,4,101,8,17,8,2),ncol=2))$p.value'
            ["T4"] = ("fisher-exact", null, null, 0.144309204910162),
            // Rscript -e 'chisq.test(matrix(c(42,54,42,20,11,8,41,50,28,13,7,13),ncol=2), correct=FALSE)'
            ["T5"] = ("chi-square", 4.65730384307386, 5, 0.4591164163216),
            // Rscript -e 'chisq.test(matrix(c(173,14,153,8),ncol=2), correct=FALSE)'
            ["T13"] = ("chi-square", 0.925997665400544, 1, 0.33590509333148),
            // Rscript -e 'chisq.test(matrix(c(123,66,106,55),ncol=2), correct=FALSE)'
            ["T14"] = ("chi-square", 0.0221504968039995, 1, 0.881687438615388),
            // R's exact p, which the simulated p estimates (see above).
            ["T17"] = ("fisher-simulated", null, null, 0.000528944535730963),
        };
}

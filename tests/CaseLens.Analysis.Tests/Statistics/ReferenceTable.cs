using CaseLens.Analysis.Statistics;

namespace CaseLens.Analysis.Tests.Statistics;

/// <summary>
/// A table with the values R 4.2.2 gave for it (reference.R in this folder prints them):
/// <c>chisq.test(m, correct = FALSE)</c> and <c>fisher.test(m)</c>.
/// </summary>
public sealed record ReferenceTable(string Name, int[][] Rows, double ChiSquare, int DegreesOfFreedom, double ChiSquareP, double FisherP)
{
    public ContingencyTable Table => ContingencyTable.FromRows(Rows);

    public override string ToString() => Name;

    public static IReadOnlyList<ReferenceTable> All { get; } =
    [
        new("tea", [[3, 1], [1, 3]], 2, 1, 0.157299207050284, 0.485714285714286),
        new("convictions", [[2, 15], [10, 3]], 13.0316742081448, 1, 0.00030626663018355, 0.000536724119143436),
        new("job", [[1, 3, 10, 6], [2, 3, 10, 7], [1, 6, 14, 12], [0, 1, 9, 11]], 5.9655145887704, 9, 0.743364725052551, 0.782684938965693),
        new("agresti", [[762, 327, 468], [484, 239, 477]], 30.0701490957547, 2, 2.95358918321176e-07, 3.02747980639369e-07),
        new("t2", [[86, 76], [44, 33], [18, 11], [20, 26], [21, 15]], 3.44301166476633, 4, 0.486596281522135, 0.495250106716161),
        new("t4", [[125, 101], [23, 8], [13, 17], [8, 8], [4, 2]], 6.67197874207594, 4, 0.154271759725622, 0.144309204910162),
        new("t14", [[123, 106], [66, 55]], 0.0221504968039995, 1, 0.881687438615388, 0.910540129288759),
        new("small3x2", [[1, 4], [5, 0], [2, 2]], 6.65, 2, 0.0359725187534297, 0.040959040959041),
        new("zero2x2", [[0, 5], [6, 1]], 8.57142857142857, 1, 0.00341479117811781, 0.0151515151515152),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var table in All)
        {
            data.Add(table.Name);
        }

        return data;
    }

    public static ReferenceTable Named(string name) => All.Single(t => t.Name == name);
}

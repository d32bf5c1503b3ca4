using CaseLens.Analysis.Statistics;
using CsCheck;

namespace CaseLens.Analysis.Tests.Statistics;

internal static class Generators
{
    /// <summary>Tables of 1–5 rows, 1–4 columns, cells 0–60.</summary>
    public static readonly Gen<ContingencyTable> Tables =
        from rows in Gen.Int[1, 5]
        from columns in Gen.Int[1, 4]
        from cells in Gen.Int[0, 60].Array[rows * columns]
        select ToTable(rows, columns, cells);

    /// <summary>Small tables Fisher's test enumerates quickly: 2–3 rows, 2–3 columns, cells 0–8.</summary>
    public static readonly Gen<ContingencyTable> SmallTables =
        from rows in Gen.Int[2, 3]
        from columns in Gen.Int[2, 3]
        from cells in Gen.Int[0, 8].Array[rows * columns]
        select ToTable(rows, columns, cells);

    private static ContingencyTable ToTable(int rows, int columns, int[] cells)
    {
        var counts = new int[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                counts[i, j] = cells[(i * columns) + j];
            }
        }

        return new ContingencyTable(counts);
    }
}

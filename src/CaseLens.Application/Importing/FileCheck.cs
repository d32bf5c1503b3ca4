using CaseLens.Domain.Problems;

namespace CaseLens.Application.Importing;

/// <summary>
/// The first pass over a file: every problem, and how many rows it holds and count in the
/// analysis. Records are not kept, so a file of any size is checked in flat memory.
/// </summary>
internal sealed record FileCheck(IReadOnlyList<Problem> Problems, long Rows, long Counted)
{
    public bool IsValid => Problems.Count == 0;

    public static FileCheck Run<T>(InterchangeFile<T> file, Stream stream, TimeProvider time)
        where T : class
    {
        var problems = new List<Problem>();
        long rows = 0;
        long counted = 0;
        foreach (var row in file.Read(stream, time))
        {
            if (row.Record is { } record)
            {
                rows++;
                if (file.IsCounted(record))
                {
                    counted++;
                }
            }
            else
            {
                problems.AddRange(row.Problems);
            }
        }

        return new FileCheck(problems, rows, counted);
    }
}

using CaseLens.Analysis.Comparators;
using CaseLens.Domain.Problems;
using CaseLens.Interchange;

namespace CaseLens.Application.Importing;

/// <summary>
/// A comparator CSV named on the command line, read whole: a missing file is a failure, a file
/// against the format is invalid with each problem placed in it. Reports and comparisons both read
/// their published figures here.
/// </summary>
internal static class ComparatorFile
{
    public static Result<ComparatorSet> Read(FileInfo file)
    {
        if (!file.Exists)
        {
            return Result<ComparatorSet>.Fail(ProblemKind.Failure, FileProblems.Missing(file));
        }

        using var stream = file.OpenRead();
        var result = ComparatorCsv.Read(stream);
        return result.Succeeded
            ? result
            : Result<ComparatorSet>.Fail(ProblemKind.Invalid, result.Problems.Select(p => FileProblems.InFile(p, file)));
    }
}

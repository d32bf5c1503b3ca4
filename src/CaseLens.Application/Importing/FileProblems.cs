using CaseLens.Domain.Problems;

namespace CaseLens.Application.Importing;

/// <summary>The problems of an input file as a whole, with their stable codes.</summary>
public static class FileProblems
{
    /// <summary>The code of a file that does not exist.</summary>
    public const string MissingCode = "file.missing";

    /// <summary><c>cannot read 'PATH': no such file</c>.</summary>
    public static Problem Missing(FileInfo file) => new(MissingCode, $"cannot read '{file}': no such file");

    /// <summary>A problem of one of several input files, naming the file after the message.</summary>
    public static Problem InFile(Problem problem, FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(file);
        return problem with { Message = $"{problem.Message} (in {file.Name})" };
    }
}

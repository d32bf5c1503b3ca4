using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;

namespace CaseLens.Application.Importing;

/// <summary><c>validate</c>: checks a file against its interchange format, a dry run that stores nothing.</summary>
public static class FileValidation
{
    /// <summary>Every problem of the file, or how many rows it holds and count.</summary>
    public static Result<ValidFile> Validate(DataKind kind, FileInfo file, TimeProvider time) => kind == DataKind.Notifications
        ? Validate(InterchangeFile<Notification>.Notifications, file, time)
        : Validate(InterchangeFile<IntensiveCase>.Intensive, file, time);

    private static Result<ValidFile> Validate<T>(InterchangeFile<T> kind, FileInfo file, TimeProvider time)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
        {
            return Result<ValidFile>.Fail(ProblemKind.Failure, FileProblems.Missing(file));
        }

        using var stream = file.OpenRead();
        var check = FileCheck.Run(kind, stream, time);
        return check.IsValid
            ? Result<ValidFile>.Ok(new ValidFile(kind.Summarise(check.Rows, check.Counted)))
            : Result<ValidFile>.Fail(ProblemKind.Invalid, check.Problems);
    }
}

/// <summary>A valid file, summed up: "477 notifications (464 counted, 13 excluded)".</summary>
/// <param name="Summary">How many rows it holds and count.</param>
public sealed record ValidFile(string Summary);

using CaseLens.Domain.Problems;
using CaseLens.Interchange;

namespace CaseLens.Application.Uploads;

/// <summary>The problems of an upload as a whole and of its scope, with their stable codes.</summary>
public static class UploadProblems
{
    /// <summary>The code of a file larger than the limit.</summary>
    public const string TooLargeCode = "upload.too_large";

    /// <summary>The code of an unknown, expired or someone else's upload token.</summary>
    public const string NotFoundCode = "upload.not_found";

    /// <summary>The code of a row of a board outside the uploader's scope.</summary>
    public const string OutOfScopeCode = "upload.board_out_of_scope";

    /// <summary>The code of an intensive sample uploaded by someone without a national scope.</summary>
    public const string IntensiveNeedsNationalCode = "upload.intensive_national_only";

    /// <summary>The code of a file with no content.</summary>
    public const string EmptyCode = "upload.empty";

    internal static Problem TooLarge(UploadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new(TooLargeCode, $"The file is larger than {limits.MaxText}, the most an upload may be; nothing was stored. Split it, or import it with caselens import.");
    }

    internal static Problem Empty { get; } = new(EmptyCode, "Choose a file to upload: none was sent, or it was empty.");

    internal static Problem NotFound { get; } = new(NotFoundCode, "There is no upload waiting under this name: it was imported, discarded or expired. Upload the file again.");

    internal static Problem NotAllowed { get; } = new(OutOfScopeCode, "Your role does not upload cases.");

    internal static Problem IntensiveNeedsNational { get; } = new(
        IntensiveNeedsNationalCode, "The intensive sample has no board, so only a person with a national scope may upload it.");

    internal static Problem OutOfScope(long line, string? board) => new(
        OutOfScopeCode,
        board is null
            ? "The case has no board: you may upload cases of your own boards only."
            : $"Board '{board}' is not one of your boards: you may upload cases of your own boards only.",
        line,
        "board");

    internal static Problem StoredOutOfScope(long line, string caseId) => new(
        OutOfScopeCode, $"case id '{caseId}' is already stored, and is not yours to replace; nothing was imported", line, "case_id");

    /// <summary>The problems with each line turned into the workbook's row, when the file was a workbook.</summary>
    internal static IEnumerable<Problem> InRows(IEnumerable<Problem> problems, WorkbookRows? rows) =>
        rows is null ? problems : problems.Select(p => p.Line is { } line ? p with { Line = rows.SheetRowOf(line) } : p);
}

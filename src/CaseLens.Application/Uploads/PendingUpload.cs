using CaseLens.Application.Importing;
using CaseLens.Interchange;

namespace CaseLens.Application.Uploads;

/// <summary>
/// A checked upload waiting for its owner's confirmation: the interchange CSV on disk (0600, in a
/// 0700 folder of its own), whose it is, what it is and how it is to be imported.
/// </summary>
/// <param name="Token">The unguessable name the confirmation gives (256 random bits).</param>
/// <param name="Owner">The account that uploaded it; nobody else may confirm or see it.</param>
/// <param name="Kind">Notifications or the intensive sample.</param>
/// <param name="File">The interchange CSV (a workbook is turned into CSV when it arrives).</param>
/// <param name="Rows">For a workbook, the sheet row of each CSV line; null for a CSV upload.</param>
/// <param name="Update">Whether stored cases with the file's ids are replaced (the command line's <c>--update</c>).</param>
/// <param name="Expires">When it is deleted unconfirmed.</param>
internal sealed record PendingUpload(string Token, string Owner, DataKind Kind, FileInfo File, WorkbookRows? Rows, bool Update, DateTimeOffset Expires)
{
    /// <summary>The folder of this upload alone, deleted with it.</summary>
    public DirectoryInfo Folder => File.Directory!;
}

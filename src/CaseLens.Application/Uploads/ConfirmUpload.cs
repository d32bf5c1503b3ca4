using CaseLens.Application.Files;
using CaseLens.Application.Importing;
using CaseLens.Application.Stores;
using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;

namespace CaseLens.Application.Uploads;

/// <summary>
/// The second step of an upload: its owner confirms, and the file is imported whole or not at all by
/// <see cref="FileImport"/>, the command line's own import (audited with the owner as actor and
/// the uploaded file's name). The scope is checked again first (it may have changed meanwhile). The
/// upload is deleted whatever happens; another's token, or one unknown or expired, is NotFound.
/// </summary>
public sealed class ConfirmUpload(UploadFolder folder, StoreAddress store, Storage.CaseStore cases, TimeProvider time)
{
    /// <summary>Imports the upload <paramref name="token"/> of <paramref name="owner"/>, audited as <paramref name="actor"/>'s.</summary>
    public async Task<Result<ImportedFile>> RunAsync(AccessRights rights, string owner, string actor, string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rights);
        if (folder.Take(token ?? string.Empty, owner) is not { } upload)
        {
            return Result<ImportedFile>.Fail(ProblemKind.NotFound, UploadProblems.NotFound);
        }

        try
        {
            var scope = await new UploadScope(cases, time).ProblemsAsync(rights, upload.Kind, upload.File, cancellationToken).ConfigureAwait(false);
            if (scope.Count > 0)
            {
                return Result<ImportedFile>.Fail(ProblemKind.Invalid, UploadProblems.InRows(scope, upload.Rows));
            }

            var request = new FileImport.Request(upload.Kind, upload.File, store, FilePermissions.OwnerOnly, actor, upload.Update);
            var imported = await new FileImport(time).RunAsync(request, null, cancellationToken).ConfigureAwait(false);
            return imported.Succeeded
                ? imported
                : Result<ImportedFile>.Fail(imported.Kind!.Value, UploadProblems.InRows(imported.Problems, upload.Rows));
        }
        finally
        {
            UploadFolder.Delete(upload.Folder);
        }
    }

    /// <summary>Deletes the owner's upload unimported; NotFound when there is none.</summary>
    public Result Discard(string owner, string token)
    {
        if (folder.Take(token ?? string.Empty, owner) is not { } upload)
        {
            return Result.Fail(ProblemKind.NotFound, UploadProblems.NotFound);
        }

        UploadFolder.Delete(upload.Folder);
        return Result.Success;
    }
}

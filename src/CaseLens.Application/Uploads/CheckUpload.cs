using System.Text;
using CaseLens.Application.Importing;
using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Interchange;

namespace CaseLens.Application.Uploads;

/// <summary>
/// The first step of an upload: the file is kept privately (<see cref="UploadFolder"/>), a workbook
/// turned into the interchange CSV (<see cref="CaseWorkbookText"/>), and checked as
/// <c>caselens validate</c> checks it (<see cref="FileValidation"/>) and against the uploader's
/// scope (<see cref="UploadScope"/>). Nothing is stored. A file with any problem is deleted at once
/// and every problem returned (lines of a workbook as its rows); a valid one waits for
/// <see cref="ConfirmUpload"/> under a token bound to its owner.
/// </summary>
public sealed class CheckUpload(UploadFolder folder, UploadLimits limits, Storage.CaseStore store, TimeProvider time)
{
    private static readonly byte[] ZipSignature = "PK\u0003\u0004"u8.ToArray();

    /// <summary>What was uploaded and by whom.</summary>
    /// <param name="Rights">The uploader's role and scope.</param>
    /// <param name="Owner">The uploader's account id: only they may confirm it.</param>
    /// <param name="Kind">Notifications or the intensive sample.</param>
    /// <param name="FileName">The name the browser gave (only its last part is kept, as a safe name).</param>
    /// <param name="Content">The bytes, read once.</param>
    /// <param name="Update">Whether stored cases with the file's ids are to be replaced.</param>
    public sealed record Request(AccessRights Rights, string Owner, DataKind Kind, string FileName, Stream Content, bool Update);

    /// <summary>Keeps and checks the upload: the token of a valid one, or every problem (Invalid) with nothing kept.</summary>
    public async Task<Result<CheckedUpload>> RunAsync(Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = SafeName(request.FileName);
        var place = folder.NewFolder();
        var kept = false;
        try
        {
            var received = await ReceiveAsync(request.Content, Path.Combine(place.FullName, "received"), cancellationToken).ConfigureAwait(false);
            if (!received.Succeeded)
            {
                return Result<CheckedUpload>.Fail(received.Kind!.Value, received.Problems);
            }

            var file = new FileInfo(Path.Combine(place.FullName, name));
            var rows = default(WorkbookRows);
            if (received.Value)
            {
                var converted = Convert(request.Kind, Path.Combine(place.FullName, "received"), file.FullName);
                if (!converted.Succeeded)
                {
                    return Result<CheckedUpload>.Fail(converted.Kind!.Value, converted.Problems);
                }

                rows = converted.Value;
            }
            else
            {
                File.Move(Path.Combine(place.FullName, "received"), file.FullName);
            }

            file.Refresh();
            var valid = FileValidation.Validate(request.Kind, file, time);
            if (!valid.Succeeded)
            {
                return Result<CheckedUpload>.Fail(valid.Kind!.Value, UploadProblems.InRows(valid.Problems, rows));
            }

            var scope = await new UploadScope(store, time).ProblemsAsync(request.Rights, request.Kind, file, cancellationToken).ConfigureAwait(false);
            if (scope.Count > 0)
            {
                return Result<CheckedUpload>.Fail(ProblemKind.Invalid, UploadProblems.InRows(scope, rows));
            }

            var expires = default(DateTimeOffset);
            var token = folder.Hold((token, until) =>
            {
                expires = until;
                return new PendingUpload(token, request.Owner, request.Kind, file, rows, request.Update, until);
            });
            kept = true;
            return Result<CheckedUpload>.Ok(new CheckedUpload(token, name, request.Kind, valid.Value.Summary, request.Update, expires));
        }
        finally
        {
            if (!kept)
            {
                UploadFolder.Delete(place);
            }
        }
    }

    /// <summary>Copies the upload to a private file, up to the limit; whether it is a workbook (a zip).</summary>
    private async Task<Result<bool>> ReceiveAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        var head = new byte[ZipSignature.Length];
        await using var target = UploadFolder.CreateFile(path);
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (total < head.Length)
            {
                buffer.AsSpan(0, (int)Math.Min(read, head.Length - total)).CopyTo(head.AsSpan((int)total));
            }

            total += read;
            if (total > limits.MaxBytes)
            {
                return Result<bool>.Fail(ProblemKind.Invalid, UploadProblems.TooLarge(limits));
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return total == 0
            ? Result<bool>.Fail(ProblemKind.Invalid, UploadProblems.Empty)
            : Result<bool>.Ok(head.AsSpan().SequenceEqual(ZipSignature));
    }

    /// <summary>The workbook at <paramref name="workbook"/> as interchange CSV at <paramref name="csv"/>; the workbook is deleted.</summary>
    private static Result<WorkbookRows> Convert(DataKind kind, string workbook, string csv)
    {
        try
        {
            using var input = File.OpenRead(workbook);
            using var output = UploadFolder.CreateFile(csv);
            return kind == DataKind.Notifications ? CaseWorkbookText.Notifications(input, output) : CaseWorkbookText.Intensive(input, output);
        }
        finally
        {
            File.Delete(workbook);
        }
    }

    /// <summary>The last part of the browser's name, in letters, digits, '.', '-' and '_' only, never hidden or empty.</summary>
    internal static string SafeName(string? name)
    {
        var last = Path.GetFileName((name ?? string.Empty).Replace('\\', '/').Split('/')[^1]);
        var safe = new StringBuilder(Math.Min(last.Length, 100));
        foreach (var c in last.Take(100))
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var text = safe.ToString().TrimStart('.');
        return text.Length == 0 || text == "received" ? "upload.csv" : text;
    }
}

using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Reporting.Docx;
using CaseLens.Storage;

namespace CaseLens.Application.Intensive;

/// <summary>
/// An intensive case's summary as a Word document laid out as the template (<see cref="DocxSummaryWriter"/>),
/// for a person who may see the case; the download is audited as a view. NotFound otherwise.
/// </summary>
public sealed class CaseSummaryDocument(CaseStore store)
{
    private readonly OpenCaseSummary _open = new(store);

    /// <summary>The document's bytes.</summary>
    public async Task<Result<byte[]>> DocxAsync(AccessRights rights, string caseId, string actor, CancellationToken cancellationToken = default)
    {
        var opened = await _open.OpenAsync(rights, caseId, actor, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<byte[]>.Fail(opened.Kind!.Value, opened.Problems);
        }

        using var document = new MemoryStream();
        new DocxSummaryWriter().Write(opened.Value.Summary, document);
        return Result<byte[]>.Ok(document.ToArray());
    }
}

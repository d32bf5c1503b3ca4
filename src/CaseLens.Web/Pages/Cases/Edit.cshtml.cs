using CaseLens.Application.Accounts;
using CaseLens.Application.Cases;
using CaseLens.Domain.Validation;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases;

/// <summary>
/// <c>/cases/{case_id}/edit</c>: the edit form, generated from the codebook's column catalogue and
/// checked by the import's rules (<see cref="EditCase"/>), each problem beside its field. A save
/// made from a version someone else has replaced meanwhile is refused (409): the page shows both
/// versions field by field and keeps what was typed in the form, to be saved again over theirs.
/// </summary>
public sealed class EditCaseModel(OpenCase opening, EditCase editing) : PageModel
{
    [FromRoute(Name = "case_id")]
    public string CaseId { get; set; } = string.Empty;

    /// <summary>The token of the version the form was made from.</summary>
    [BindProperty(Name = "version")]
    public string Version { get; set; } = string.Empty;

    public IReadOnlyList<CodedField> Fields { get; private set; } = [];

    /// <summary>On a conflict: each field where the version typed and the version saved meanwhile differ.</summary>
    public IReadOnlyList<FieldDifference> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await opening.OpenAsync(AccessClaims.RightsOf(User), CaseId, User.Identity!.Name!, HttpContext.RequestAborted);
        return this.Answer(opened, () =>
        {
            Fields = CodedField.All(opened.Value.Cells);
            Version = opened.Value.Token;
            return Page();
        });
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cells = PostedCells.Of(Request.Form, NotificationColumns.All, CaseId);
        var edit = await editing.SaveAsync(AccessClaims.RightsOf(User), CaseId, Version, c => cells.GetValueOrDefault(c), User.Identity!.Name!, HttpContext.RequestAborted);
        Fields = CodedField.All(cells);
        if (edit.Stored is { } stored)
        {
            // Saving again now replaces the version just shown: the person has seen it.
            Version = stored.Token;
            Differences = FieldDifference.Between(Fields, CodedField.All(stored.Cells));
        }

        return this.Answer(edit.Result, () => Redirect($"/cases/{Uri.EscapeDataString(CaseId)}?saved=1"));
    }
}

using CaseLens.Application.Accounts;
using CaseLens.Application.Intensive;
using CaseLens.Domain.Validation;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases.Intensive;

/// <summary>
/// <c>/intensive/{case_id}/edit</c>: the intensive coding sheet as a form, health markers included,
/// generated from its column catalogue and checked by the import's rules
/// (<see cref="EditIntensiveCase"/>), each problem beside its field; a save over a version saved
/// meanwhile is refused (409) with both versions shown.
/// </summary>
public sealed class EditIntensiveCaseModel(OpenIntensiveCase opening, EditIntensiveCase editing) : PageModel
{
    [FromRoute(Name = "case_id")]
    public string CaseId { get; set; } = string.Empty;

    /// <summary>The token of the version the form was made from.</summary>
    [BindProperty(Name = "version")]
    public string Version { get; set; } = string.Empty;

    public IReadOnlyList<FieldGroup> Groups { get; private set; } = [];

    /// <summary>On a conflict: each field where the version typed and the version saved meanwhile differ.</summary>
    public IReadOnlyList<FieldDifference> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await opening.OpenAsync(AccessClaims.RightsOf(User), CaseId, User.Identity!.Name!, HttpContext.RequestAborted);
        return this.Answer(opened, () =>
        {
            Groups = FieldGroup.Of(opened.Value.Cells);
            Version = opened.Value.Token;
            return Page();
        });
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cells = PostedCells.Of(Request.Form, IntensiveColumns.All, CaseId);
        var edit = await editing.SaveAsync(AccessClaims.RightsOf(User), CaseId, Version, c => cells.GetValueOrDefault(c), User.Identity!.Name!, HttpContext.RequestAborted);
        Groups = FieldGroup.Of(cells);
        if (edit.Stored is { } stored)
        {
            // Saving again now replaces the version just shown: the person has seen it.
            Version = stored.Token;
            Differences = FieldDifference.Between(CodedField.All(IntensiveColumns.All, cells), CodedField.All(IntensiveColumns.All, stored.Cells));
        }

        return this.Answer(edit.Result, () => Redirect($"/intensive/{Uri.EscapeDataString(CaseId)}?saved=1"));
    }
}

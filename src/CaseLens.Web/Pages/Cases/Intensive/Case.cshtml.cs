using CaseLens.Application.Accounts;
using CaseLens.Application.Intensive;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases.Intensive;

/// <summary>
/// <c>/intensive/{case_id}</c>: every field of one intensive case in the codebook's order (coding,
/// the child's and the parents' health markers) and its place on the threshold map; the view is
/// audited. An unknown id, or any id for a board scope, answers 404.
/// </summary>
public sealed class IntensiveCaseModel(OpenIntensiveCase opening) : PageModel
{
    [FromRoute(Name = "case_id")]
    public string CaseId { get; set; } = string.Empty;

    public IReadOnlyList<FieldGroup> Groups { get; private set; } = [];

    public ThresholdPlace Place { get; private set; } = ThresholdPlace.None;

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "saved")] string? saved)
    {
        var opened = await opening.OpenAsync(AccessClaims.RightsOf(User), CaseId, User.Identity!.Name!, HttpContext.RequestAborted);
        return this.Answer(opened, () =>
        {
            Groups = FieldGroup.Of(opened.Value.Cells);
            Place = ThresholdPlace.Of(opened.Value.Record);
            Saved = saved == "1";
            return Page();
        });
    }
}

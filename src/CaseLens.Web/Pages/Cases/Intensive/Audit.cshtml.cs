using CaseLens.Application.Accounts;
using CaseLens.Application.Cases;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases.Intensive;

/// <summary>
/// <c>/intensive/{case_id}/audit</c>: the intensive case's audit trail, newest first (its coding and
/// health markers, its summary, chronology and quotes, and their views), in the notification's table.
/// An unknown id, or any id for a board scope, answers 404.
/// </summary>
public sealed class IntensiveAuditModel(CaseHistory history) : PageModel
{
    [FromRoute(Name = "case_id")]
    public string CaseId { get; set; } = string.Empty;

    public IReadOnlyList<CaseChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var listed = await history.ListIntensiveAsync(AccessClaims.RightsOf(User), CaseId, HttpContext.RequestAborted);
        return this.Answer(listed, () =>
        {
            Changes = listed.Value;
            return Page();
        });
    }
}

using CaseLens.Application.Accounts;
using CaseLens.Application.Cases;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases;

/// <summary><c>/cases/{case_id}/audit</c>: the case's audit trail, newest first: who, when, what, and each field's before and after.</summary>
public sealed class CaseAuditModel(CaseHistory history) : PageModel
{
    [FromRoute(Name = "case_id")]
    public string CaseId { get; set; } = string.Empty;

    public IReadOnlyList<CaseChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var listed = await history.ListAsync(AccessClaims.RightsOf(User), CaseId, HttpContext.RequestAborted);
        return this.Answer(listed, () =>
        {
            Changes = listed.Value;
            return Page();
        });
    }
}

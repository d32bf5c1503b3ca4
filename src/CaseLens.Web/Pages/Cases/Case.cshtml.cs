using CaseLens.Application.Accounts;
using CaseLens.Application.Cases;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases;

/// <summary>
/// <c>/cases/{case_id}</c>: every coded field of one notification in the codebook's order, for an
/// administrator or analyst in scope; the view is recorded in the audit trail. An unknown or
/// out-of-scope id answers 404.
/// </summary>
public sealed class CaseModel(OpenCase opening) : PageModel
{
    [FromRoute(Name = "case_id")]
    public string CaseId { get; set; } = string.Empty;

    public IReadOnlyList<CodedField> Fields { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "saved")] string? saved)
    {
        var opened = await opening.OpenAsync(AccessClaims.RightsOf(User), CaseId, User.Identity!.Name!, HttpContext.RequestAborted);
        return this.Answer(opened, () =>
        {
            Fields = CodedField.All(opened.Value.Cells);
            Saved = saved == "1";
            return Page();
        });
    }
}

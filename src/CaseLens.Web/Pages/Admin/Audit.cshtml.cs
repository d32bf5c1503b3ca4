using CaseLens.Application.Accounts;
using CaseLens.Application.Cases;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Admin;

/// <summary>
/// <c>/admin/audit</c>: the audit export, administrators only; the download
/// (<c>?handler=export</c>) is for administrators with a national scope, as the trail holds every board's records.
/// </summary>
public sealed class AuditModel(AuditExport export) : PageModel
{
    public bool MayExport { get; private set; }

    public void OnGet() => MayExport = AuditExport.Allowed(AccessClaims.RightsOf(User));

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = await export.CsvAsync(AccessClaims.RightsOf(User), HttpContext.RequestAborted);
        return this.Answer(csv, () => File(csv.Value, "text/csv; charset=utf-8", "caselens-audit.csv"));
    }
}

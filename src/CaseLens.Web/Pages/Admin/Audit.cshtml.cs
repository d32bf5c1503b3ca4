using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Admin;

/// <summary><c>/admin/audit</c>: the audit export, administrators only. Filled with the audit use case.</summary>
public sealed class AuditModel : PageModel
{
    public void OnGet()
    {
    }
}

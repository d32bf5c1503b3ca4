using CaseLens.Application.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases;

/// <summary><c>/cases</c>: the case list, for administrators and analysts (readers get 404). Filled by the case use cases.</summary>
public sealed class CasesModel : PageModel
{
    public string ScopeText { get; private set; } = string.Empty;

    public void OnGet() => ScopeText = ScopeLabel.Of(AccessClaims.RightsOf(User).Scope);
}

using CaseLens.Application.Accounts;
using CaseLens.Domain.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages;

/// <summary>The dashboard, open to every role. Its figures come with the report use cases.</summary>
public sealed class IndexModel : PageModel
{
    public AccessRights Rights { get; private set; } = AccessRights.None;

    public string ScopeText => ScopeLabel.Of(Rights.Scope);

    public void OnGet() => Rights = AccessClaims.RightsOf(User);
}

using CaseLens.Application.Accounts;
using CaseLens.Application.Dashboard;
using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Web.Hosting;
using CaseLens.Web.Pages.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages;

/// <summary>
/// The dashboard, open to every role: key figures of the cases in the person's scope, with the
/// case list's filters that a report takes (study year, region, board, incident type, SCR status).
/// Readers' figures are always suppressed (<see cref="DashboardFigures"/>).
/// </summary>
public sealed class IndexModel(DashboardFigures figures) : PageModel
{
    /// <summary>The case list's parameters that the figures take.</summary>
    public static readonly string[] FilterNames = ["study_year", "region", "board", "incident_type", "scr_status"];

    public AccessRights Rights { get; private set; } = AccessRights.None;

    public string ScopeText => ScopeLabel.Of(Rights.Scope);

    public CaseListFilters Filters { get; private set; } = null!;

    public Figures? Figures { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Rights = AccessClaims.RightsOf(User);
        Filters = CaseListFilters.Read(Request.Query);
        var problems = Filters.Problems.Where(p => FilterNames.Contains(p.Column)).ToList();
        if (problems.Count > 0)
        {
            return this.Answer(Result.Fail(ProblemKind.Invalid, problems), Page);
        }

        var shown = await figures.ShowAsync(Rights, Filters.Search.Filter, HttpContext.RequestAborted);
        return this.Answer(shown, () =>
        {
            Figures = shown.Value;
            return Page();
        });
    }
}

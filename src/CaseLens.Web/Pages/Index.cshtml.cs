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
/// Readers' figures are always suppressed (<see cref="DashboardFigures"/>), in the tables and in
/// the charts drawn from them; each chart is followed by its table, the text alternative.
/// </summary>
public sealed class IndexModel(DashboardFigures figures) : PageModel
{
    /// <summary>The case list's parameters that the figures take.</summary>
    public static readonly string[] FilterNames = ["study_year", "region", "board", "incident_type", "scr_status"];

    public AccessRights Rights { get; private set; } = AccessRights.None;

    public string ScopeText => ScopeLabel.Of(Rights.Scope);

    public CaseListFilters Filters { get; private set; } = null!;

    public Figures? Figures { get; private set; }

    /// <summary>
    /// A chart as a <c>data:</c> image: an SVG shown as an image cannot run script or load anything,
    /// and needs no inline style, so the Content-Security-Policy stays as strict as it is.
    /// </summary>
    public static string ChartSource(string svg) => "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));

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

using CaseLens.Application.Accounts;
using CaseLens.Application.Cases;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Querying;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases;

/// <summary>
/// <c>/cases</c>: the notifications in the person's scope, filtered, searched in their outlines,
/// sorted and paged by the database, the count and active filters always shown. Readers get 404.
/// </summary>
public sealed class CasesModel(FindCases finding) : PageModel
{
    public string ScopeText { get; private set; } = string.Empty;

    public CaseListFilters Filters { get; private set; } = null!;

    public CaseListPage Cases { get; private set; } = new(0, []);

    public int Pages => Math.Max(1, (Cases.Total + Filters.Search.PageSize - 1) / Filters.Search.PageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        var rights = AccessClaims.RightsOf(User);
        ScopeText = ScopeLabel.Of(rights.Scope);
        Filters = CaseListFilters.Read(Request.Query);
        if (Filters.Problems.Count > 0)
        {
            return this.Answer(Result.Fail(ProblemKind.Invalid, Filters.Problems), Page);
        }

        Cases = await finding.ListAsync(rights, Filters.Search, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The link that sorts by <paramref name="sort"/>, reversing the order when it is the current one.</summary>
    public string SortLink(CaseSort sort) => Filters.Link(
        ("sort", Domain.Coding.Codes<CaseSort>.Code(sort)),
        ("desc", Filters.Search.Sort == sort && !Filters.Search.Descending ? "1" : null),
        ("page", null));

    public string? SortState(CaseSort sort) =>
        Filters.Search.Sort != sort ? null : Filters.Search.Descending ? "descending" : "ascending";
}

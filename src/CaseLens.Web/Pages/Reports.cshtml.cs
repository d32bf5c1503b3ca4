using System.Globalization;
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
/// <c>/reports</c>: the whole report of the cases in scope, in every format, with the list's report
/// filters and a suppression threshold (<c>?handler=download</c>); every role. A reader's threshold
/// is never below 6, whatever is asked (<see cref="ReportDownload"/>).
/// </summary>
public sealed class ReportsModel(ReportDownload download) : PageModel
{
    public AccessRights Rights { get; private set; } = AccessRights.None;

    public CaseListFilters Filters { get; private set; } = null!;

    public string Format { get; private set; } = "docx";

    public string SuppressBelow { get; private set; } = string.Empty;

    public void OnGet() => Read();

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        Read();
        var problems = Filters.Problems.Where(p => IndexModel.FilterNames.Contains(p.Column)).ToList();
        int? threshold = null;
        if (SuppressBelow.Length > 0)
        {
            if (int.TryParse(SuppressBelow, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k is > 0 and <= 1000)
            {
                threshold = k;
            }
            else
            {
                problems.Add(new Problem("report.suppress_below", "Expected a whole number from 1 to 1000, or nothing.", Column: "suppress_below"));
            }
        }

        if (problems.Count > 0)
        {
            return this.Answer(Result.Fail(ProblemKind.Invalid, problems), Page);
        }

        var file = await download.WriteAsync(Rights, Filters.Search.Filter, Format, threshold, HttpContext.RequestAborted);
        return this.Answer(file, () => File(file.Value.Content, file.Value.ContentType, file.Value.FileName));
    }

    private void Read()
    {
        Rights = AccessClaims.RightsOf(User);
        Filters = CaseListFilters.Read(Request.Query);
        Format = Request.Query["format"].ToString() is { Length: > 0 } format ? format : "docx";
        SuppressBelow = Request.Query["suppress_below"].ToString().Trim();
    }
}

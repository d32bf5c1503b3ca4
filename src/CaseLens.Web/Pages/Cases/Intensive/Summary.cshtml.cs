using System.Globalization;
using CaseLens.Application.Accounts;
using CaseLens.Application.Intensive;
using CaseLens.Domain.CaseSummaries;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases.Intensive;

/// <summary>
/// <c>/intensive/{case_id}/summary</c>: the case summary template, the brief chronology and the
/// useful quotes of one intensive case as one form, for the people who may see the case (404 for
/// anyone else). Empty rows are offered to add entries; a row left empty is dropped. Saves are
/// checked by <see cref="SummaryCoding"/>, problems beside their fields, and audited field by field.
/// </summary>
public sealed class IntensiveSummaryModel(OpenCaseSummary opening, EditCaseSummary editing, CaseSummaryDocument documents) : PageModel
{
    /// <summary>How many empty rows the form offers for new chronology entries and quotes.</summary>
    public const int EmptyRows = 3;

    [FromRoute(Name = "case_id")]
    public string CaseId { get; set; } = string.Empty;

    [BindProperty(Name = "version")]
    public string Version { get; set; } = string.Empty;

    /// <summary>The form's fields by name, as shown or as typed.</summary>
    public IReadOnlyDictionary<string, string> Cells { get; private set; } = new Dictionary<string, string>();

    /// <summary>On a conflict: each field where what was typed and the summary saved meanwhile differ.</summary>
    public IReadOnlyList<FieldDifference> Differences { get; private set; } = [];

    public int ChronologyRows { get; private set; }

    public int QuoteRows { get; private set; }

    public bool Saved { get; private set; }

    public string Cell(string name) => Cells.GetValueOrDefault(name, string.Empty);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "saved")] string? saved)
    {
        var opened = await opening.OpenAsync(AccessClaims.RightsOf(User), CaseId, User.Identity!.Name!, HttpContext.RequestAborted);
        return this.Answer(opened, () =>
        {
            Show(opened.Value.Summary);
            Version = opened.Value.Token;
            Saved = saved == "1";
            return Page();
        });
    }

    /// <summary><c>?handler=docx</c>: the summary as a Word document laid out as the template; audited as a view.</summary>
    public async Task<IActionResult> OnGetDocxAsync()
    {
        var document = await documents.DocxAsync(AccessClaims.RightsOf(User), CaseId, User.Identity!.Name!, HttpContext.RequestAborted);
        return this.Answer(document, () => File(document.Value, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"case-summary-{CaseId}.docx"));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var chronologyRows = Count("chronology_rows");
        var quoteRows = Count("quote_rows");
        var edit = await editing.SaveAsync(
            AccessClaims.RightsOf(User), CaseId, Version, f => Request.Form[f].ToString(), chronologyRows, quoteRows, User.Identity!.Name!, HttpContext.RequestAborted);
        Cells = Request.Form.Keys.ToDictionary(k => k, k => Request.Form[k].ToString(), StringComparer.Ordinal);
        ChronologyRows = chronologyRows;
        QuoteRows = quoteRows;
        if (edit.Stored is { } stored)
        {
            // Saving again now replaces the version just saved meanwhile: the page shows it field by field.
            Version = stored.Token;
            Differences = SummaryDifferences.Between(Cells, stored.Summary, chronologyRows, quoteRows);
        }

        return this.Answer(edit.Result, () => Redirect($"/intensive/{Uri.EscapeDataString(CaseId)}/summary?saved=1"));
    }

    private void Show(CaseSummary summary)
    {
        Cells = summary.Fields().ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        ChronologyRows = summary.Chronology.Count + EmptyRows;
        QuoteRows = summary.Quotes.Count + EmptyRows;
    }

    // The row counts come from the form the server wrote; anything unreadable offers no rows.
    private int Count(string field) =>
        int.TryParse(Request.Form[field], NumberStyles.None, CultureInfo.InvariantCulture, out var rows) ? Math.Min(rows, SummaryFields.MostRows) : 0;
}

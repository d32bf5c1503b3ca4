using CaseLens.Application.Accounts;
using CaseLens.Application.Intensive;
using CaseLens.Domain.Validation;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases.Intensive;

/// <summary>
/// <c>/intensive/{case_id}/map</c>: the case's place on the threshold map, chosen on the drawn map
/// itself. Each region is a radio button (arrow keys move between them, a click anywhere in a
/// region picks it), so it works by keyboard and mouse without script. The save is an edit of the
/// case's two threshold-map fields (<see cref="EditIntensiveCase.PlaceAsync"/>), audited as any edit.
/// </summary>
public sealed class IntensiveMapModel(OpenIntensiveCase opening, EditIntensiveCase editing) : PageModel
{
    /// <summary>The form field of the chosen region: <c>level-cooperation</c> codes, empty for not placed.</summary>
    public const string PlaceField = "place";

    [FromRoute(Name = "case_id")]
    public string CaseId { get; set; } = string.Empty;

    [BindProperty(Name = "version")]
    public string Version { get; set; } = string.Empty;

    public ThresholdPlace Place { get; private set; } = ThresholdPlace.None;

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await opening.OpenAsync(AccessClaims.RightsOf(User), CaseId, User.Identity!.Name!, HttpContext.RequestAborted);
        return this.Answer(opened, () =>
        {
            Place = ThresholdPlace.Of(opened.Value.Record);
            Version = opened.Value.Token;
            return Page();
        });
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var posted = Request.Form[PlaceField].ToString();
        var parts = posted.Split('-', 2);
        var (level, cooperation) = parts.Length == 2 ? (parts[0], parts[1]) : (posted, posted);
        var edit = await editing.PlaceAsync(AccessClaims.RightsOf(User), CaseId, Version, level, cooperation, User.Identity!.Name!, HttpContext.RequestAborted);
        if (edit.Stored is { } stored)
        {
            Version = stored.Token;
            Place = ThresholdPlace.Of(stored.Record);
        }

        // A problem with either field belongs beside the map, the one field the form has.
        var result = edit.Result.Succeeded ? edit.Result : Domain.Problems.Result<IntensiveVersion>.Fail(
            edit.Result.Kind!.Value,
            [.. edit.Result.Problems.Select(p => p.Column is IntensiveColumns.InterventionLevel or IntensiveColumns.Cooperation ? p with { Column = PlaceField } : p)]);
        return this.Answer(result, () => Redirect($"/intensive/{Uri.EscapeDataString(CaseId)}?saved=1"));
    }
}

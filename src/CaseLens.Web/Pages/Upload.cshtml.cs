using System.Security.Claims;
using CaseLens.Application.Accounts;
using CaseLens.Application.Importing;
using CaseLens.Application.Uploads;
using CaseLens.Domain.Problems;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages;

/// <summary>
/// <c>/upload</c>, for administrators and analysts (readers get 404, as on every case page): a CSV
/// file or the workbook <c>caselens export</c> writes is checked (<see cref="CheckUpload"/>) and
/// every problem listed before anything is stored; then its owner imports it whole or not at all
/// (<see cref="ConfirmUpload"/>, the command line's import) or discards it.
/// </summary>
[Authorize(Policy = AccessPolicies.Cases)]
[UploadLimitsFilter]
public sealed class UploadModel(CheckUpload check, ConfirmUpload confirm, UploadLimits limits) : PageModel
{
    /// <summary>The kinds of file by the name the form gives.</summary>
    public static IReadOnlyList<(string Value, string Label, DataKind Kind)> Kinds { get; } =
    [
        ("notifications", "Notifications", DataKind.Notifications),
        ("intensive", "The intensive sample", DataKind.Intensive),
    ];

    [BindProperty(Name = "kind")]
    public string Kind { get; set; } = "notifications";

    [BindProperty(Name = "update")]
    public bool Update { get; set; }

    [BindProperty(Name = "file")]
    public IFormFile? Upload { get; set; }

    [BindProperty(Name = "token")]
    public string? Token { get; set; }

    public UploadLimits Limits => limits;

    /// <summary>The valid upload waiting for confirmation.</summary>
    public CheckedUpload? Checked { get; private set; }

    /// <summary>What was imported, once confirmed.</summary>
    public string? Imported { get; private set; }

    /// <summary>What happened to a discarded upload.</summary>
    public string? Message { get; private set; }

    /// <summary>Every problem of the file (or of its import), nothing having been stored.</summary>
    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    private string Owner => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? User.Identity!.Name!;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var kind = Kinds.FirstOrDefault(k => k.Value == Kind);
        if (kind.Value is null)
        {
            return Listed(Result.Fail(ProblemKind.Invalid, new Problem("upload.kind", "Choose what the file holds: notifications or the intensive sample.", Column: "kind")), Page);
        }

        await using var content = Upload?.OpenReadStream() ?? Stream.Null;
        var request = new CheckUpload.Request(AccessClaims.RightsOf(User), Owner, kind.Kind, Upload?.FileName ?? string.Empty, content, Update);
        var checkedUpload = await check.RunAsync(request, HttpContext.RequestAborted);
        return Listed(checkedUpload, () =>
        {
            Checked = checkedUpload.Value;
            return Page();
        });
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        var imported = await confirm.RunAsync(AccessClaims.RightsOf(User), Owner, User.Identity!.Name!, Token ?? string.Empty, HttpContext.RequestAborted);
        return Listed(imported, () =>
        {
            Imported = imported.Value.Summary;
            return Page();
        });
    }

    public IActionResult OnPostDiscard()
    {
        var discarded = confirm.Discard(Owner, Token ?? string.Empty);
        return this.Answer(discarded, () =>
        {
            Message = "The upload was discarded; nothing was stored.";
            return Page();
        });
    }

    /// <summary>The answer <see cref="ResultAnswers"/> gives, with a refused file's problems listed on the page.</summary>
    private IActionResult Listed(Result result, Func<IActionResult> success)
    {
        if (result.Kind is ProblemKind.Invalid or ProblemKind.Conflict)
        {
            Problems = result.Problems;
        }

        return this.Answer(result, success);
    }
}

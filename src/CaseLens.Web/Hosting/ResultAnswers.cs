using CaseLens.Domain.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Hosting;

/// <summary>
/// The one place where a use case's <see cref="Result"/> becomes an HTTP answer: success is the
/// page's own answer; <see cref="ProblemKind.NotFound"/> is 404 (an unknown id and an id outside
/// the scope alike); <see cref="ProblemKind.Invalid"/> shows the page again with 422 and each
/// problem beside its field (<see cref="PageModel.ModelState"/>, keyed by column);
/// <see cref="ProblemKind.Conflict"/> shows the page again with 409, for its conflict view;
/// anything else is 500.
/// </summary>
internal static class ResultAnswers
{
    public static int StatusOf(ProblemKind kind) => kind switch
    {
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Invalid => StatusCodes.Status422UnprocessableEntity,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The answer to <paramref name="result"/>: <paramref name="success"/> when it succeeded.</summary>
    public static IActionResult Answer(this PageModel page, Result result, Func<IActionResult> success)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(success);
        if (result.Kind is not { } kind)
        {
            return success();
        }

        switch (kind)
        {
            case ProblemKind.NotFound:
                return page.NotFound();
            case ProblemKind.Invalid or ProblemKind.Conflict:
                foreach (var problem in result.Problems)
                {
                    page.ModelState.AddModelError(problem.Column ?? string.Empty, problem.Message);
                }

                return new PageResult { StatusCode = StatusOf(kind) };
            default:
                return page.StatusCode(StatusOf(kind));
        }
    }
}

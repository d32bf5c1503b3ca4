using CaseLens.Application.Uploads;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Pages;

/// <summary>
/// The upload page's request limits, from <see cref="UploadLimits"/>, set before anything reads the
/// form (the antiforgery check does, at order 1000, as <see cref="RequestFormLimitsAttribute"/>'s
/// own filter at 900 is placed for the same reason). A body declared larger than the limit is
/// answered at once with 413 and a page that says why, unread. The form's files are held in memory
/// up to the limit (never in ASP.NET Core's own temporary files, which are not private), and
/// <see cref="CheckUpload"/> keeps them in a 0600 file.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class UploadLimitsFilter : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>What the form's other fields and the multipart framing may add to the file.</summary>
    private const long FormSlack = 64 << 10;

    public int Order => 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var limits = http.RequestServices.GetRequiredService<UploadLimits>();
        var most = limits.MaxBytes + FormSlack;
        if (http.Request.ContentLength > most)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await PlainPage.WriteAsync(http, "The file is too large", $"An upload may be at most {limits.MaxText}; nothing was stored. Split the file, or import it with caselens import.");
            context.Result = new EmptyResult();
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = most;
        }

        if (!http.Request.HasFormContentType || http.Features.Get<IFormFeature>()?.Form is null)
        {
            var threshold = (int)Math.Min(most, int.MaxValue);
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
            {
                MultipartBodyLengthLimit = most,
                MemoryBufferThreshold = threshold,
                BufferBodyLengthLimit = most,
            }));
        }
    }
}

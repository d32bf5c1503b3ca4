using Microsoft.AspNetCore.Mvc;

namespace CaseLens.Web.Pages;

/// <summary>Where to go after signing in: the page asked for when it is on this site, else the dashboard (no open redirect).</summary>
public static class SafeReturn
{
    public static string Of(IUrlHelper url, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        return !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
    }
}

namespace CaseLens.Web.Tests.Authorization;

/// <summary>What a GET of a page may answer in the sweep.</summary>
public enum Outcome
{
    /// <summary>302 to <c>/signin</c>.</summary>
    SignIn,

    /// <summary>200 with the page.</summary>
    Page,

    /// <summary>404: not there, or not for this person (never 403).</summary>
    NotFound,
}

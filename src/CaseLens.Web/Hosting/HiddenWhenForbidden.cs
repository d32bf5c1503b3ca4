using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace CaseLens.Web.Hosting;

/// <summary>
/// A signed-in person refused by a policy gets 404, as if the page were not there, never 403: a
/// reader cannot tell a case page from a missing one, nor a board analyst another board's case id
/// from an unused one. Someone not signed in is sent to sign in, as usual.
/// </summary>
internal sealed class HiddenWhenForbidden : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return _standard.HandleAsync(next, context, policy, authorizeResult);
    }
}

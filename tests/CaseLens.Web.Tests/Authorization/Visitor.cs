using CaseLens.Domain.Access;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Authorization;

/// <summary>Who asks in the sweep: nobody signed in, or a role with a national or a one-board scope.</summary>
public sealed record Visitor(Role? Role, bool National)
{
    public static IReadOnlyList<Visitor> All { get; } =
        [new(null, true), .. TestAccounts.All.Select(a => new Visitor(a.Role, a.Scope.IsNational))];

    public string? AccountName => Role is { } role ? TestAccounts.NameOf(role, National) : null;

    public override string ToString() => AccountName ?? "anonymous";
}

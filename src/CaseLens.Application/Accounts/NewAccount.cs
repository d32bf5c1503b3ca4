using CaseLens.Domain.Access;

namespace CaseLens.Application.Accounts;

/// <summary>An account to be made: its user name, role, scope and first password (never stored as given: Identity hashes it).</summary>
public sealed record NewAccount(string Name, Role Role, Scope Scope, string Password)
{
    /// <summary>The account without its password, so that a record printed by mistake shows none.</summary>
    public override string ToString() => $"{Name} ({Role}, {Scope})";
}

namespace CaseLens.Domain.Access;

/// <summary>
/// What a person signed in to CaseLens may do. Each account has exactly one role; its code
/// (<c>administrator</c>, <c>analyst</c>, <c>reader</c>) is what the command line takes and what the
/// account store keeps.
/// </summary>
public enum Role
{
    /// <summary>Manages accounts, roles and scopes and exports the audit trail; sees and edits cases in scope.</summary>
    Administrator,

    /// <summary>Codes and edits the cases in scope.</summary>
    Analyst,

    /// <summary>Sees reports and the dashboard only, always suppressed: never a case-level page or download.</summary>
    Reader,
}

using CaseLens.Domain.Access;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Problems;

namespace CaseLens.Web.Pages.Admin.Users;

/// <summary>The role and boards fields of the add and edit forms, read into <see cref="AccessRights"/> in one place.</summary>
public sealed class AccessFields
{
    /// <summary>The role's code.</summary>
    public string Role { get; set; } = Codes<Domain.Access.Role>.Code(Domain.Access.Role.Reader);

    /// <summary>Boards separated by ';'; empty for a national scope.</summary>
    public string? Boards { get; set; }

    public static AccessFields Of(AccessRights rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        return new AccessFields
        {
            Role = Codes<Domain.Access.Role>.Code(rights.Role),
            Boards = rights.Scope.IsNational ? null : rights.Scope.ToString(),
        };
    }

    public Result<AccessRights> Read()
    {
        var problems = new List<Problem>();
        if (!Codes<Domain.Access.Role>.TryParse(Role, out var role))
        {
            problems.Add(new Problem("account.role.unknown", "Choose one of the roles."));
        }

        var scope = Scope.Parse(Boards);
        if (scope is null)
        {
            problems.Add(new Problem("account.scope.blank-board", "A board name is blank: separate board names with ';', as in \"Board A;Board B\"."));
        }

        return problems.Count > 0 ? Result<AccessRights>.Fail(ProblemKind.Invalid, problems) : Result<AccessRights>.Ok(new AccessRights(role, scope!));
    }
}

using CaseLens.Application.Accounts;

namespace CaseLens.Web.Pages.Admin.Users;

/// <summary>One row of the account list, with the refusal of its last lock or unlock when there was one.</summary>
public sealed record AccountRow(AccountSummary Account, string? Message = null);

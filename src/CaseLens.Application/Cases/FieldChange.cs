namespace CaseLens.Application.Cases;

/// <summary>One field an audited change altered: its column, and its text before and after (empty when not known).</summary>
public sealed record FieldChange(string Column, string Before, string After);

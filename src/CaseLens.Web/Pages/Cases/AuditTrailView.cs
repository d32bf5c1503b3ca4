using CaseLens.Application.Cases;
using CaseLens.Domain.CaseSummaries;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Validation;
using CaseLens.Storage.Auditing;

namespace CaseLens.Web.Pages.Cases;

/// <summary>
/// A case's audit trail as <c>_AuditTrail</c> shows it: each field changed named and its values shown
/// as the case page shows them (the labels of codes, "Not yet coded" for a health marker left empty), so
/// a reviewer reads "No information" where the store keeps <c>no_information</c>. The audit keeps the
/// interchange text; only its showing is translated here.
/// </summary>
public sealed class AuditTrailView(IReadOnlyList<CaseChange> changes, IReadOnlyList<ColumnDefinition> columns)
{
    private readonly Dictionary<string, ColumnDefinition> _columns = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public IReadOnlyList<CaseChange> Changes { get; } = changes;

    /// <summary>
    /// What was done, and to which record when a case has two: "Viewed" alone would not tell a
    /// reader of the intensive trail whether the coding or the summary was opened.
    /// </summary>
    public static string WhatOf(CaseChange change) =>
        Codes<AuditAction>.Label(change.Action) + (change.Entity == AuditedEntity.CaseSummary ? " (summary, chronology and quotes)" : string.Empty);

    /// <summary>The field's name for people: the column's, or the summary field's as the conflict view names it.</summary>
    public string NameOf(FieldChange field) =>
        !_columns.ContainsKey(field.Column) && SummaryFields.LabelOf(field.Column) is { } label
            ? label
            : CodedField.LabelOf(field.Column);

    /// <summary>A value before or after, as the case page (or, for a summary field, the conflict view) would show it.</summary>
    public string Shown(FieldChange field, string value) =>
        _columns.TryGetValue(field.Column, out var column) ? new CodedField(column, value).Shown
        : value.Length == 0 ? SummaryFields.EmptyShown : value;
}

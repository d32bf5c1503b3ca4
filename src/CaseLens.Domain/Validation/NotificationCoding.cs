using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using C = CaseLens.Domain.Validation.NotificationColumns;

namespace CaseLens.Domain.Validation;

/// <summary>
/// Turns the cell text of one notification row into a <see cref="Notification"/> and back, with
/// every rule of notifications-csv.md checked (see <see cref="NotificationRules"/>). The same code
/// serves files, the command line and web forms.
/// </summary>
public static class NotificationCoding
{
    /// <summary>Reads a row given as column name → cell text; absent columns are empty.</summary>
    /// <param name="limits">The dates allowed, up to today (<see cref="DateLimits.Today"/>).</param>
    public static ParseResult<Notification> Parse(IReadOnlyDictionary<string, string?> cells, DateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Parse(column => cells.TryGetValue(column, out var text) ? text : null, limits);
    }

    /// <summary>Reads a row through a column accessor (column name → cell text, null when absent).</summary>
    /// <param name="limits">The dates allowed, up to today (<see cref="DateLimits.Today"/>).</param>
    public static ParseResult<Notification> Parse(Func<string, string?> cell, DateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Parse(new CellReader(cell), limits);
    }

    /// <summary>Reads a row whose cells are given as characters (empty when absent); the same rules.</summary>
    /// <param name="limits">The dates allowed, up to today (<see cref="DateLimits.Today"/>).</param>
    public static ParseResult<Notification> Parse(RowCells cells, DateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Parse(new CellReader(cells), limits);
    }

    private static ParseResult<Notification> Parse(CellReader read, DateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var caseId = read.Text(C.CaseId);
        var incidentDate = read.Date(C.IncidentDate, required: true);
        var notification = new Notification
        {
            CaseId = caseId ?? string.Empty,
            IncidentDate = incidentDate ?? default,
            NotificationDate = read.Date(C.NotificationDate),
            Region = read.Code<Region>(C.Region),
            Board = read.Text(C.Board),
            NotificationType = read.Code<NotificationType>(C.NotificationType),
            ScrStatus = read.Code<ScrStatus>(C.ScrStatus, required: true) ?? default,
            Exclusion = read.Code<Exclusion>(C.Exclusion),
            AgeMonths = read.Integer(C.AgeMonths),
            Gender = read.Code<Gender>(C.Gender),
            Ethnicity = read.Code<Ethnicity>(C.Ethnicity),
            Siblings = read.Integer(C.Siblings),
            Twin = read.YesNo(C.Twin),
            BirthOrder = read.Code<BirthOrder>(C.BirthOrder),
            ProtectionPlan = read.Code<ProtectionPlan>(C.CpPlan),
            ProtectionPlanCategories = read.CodeList<AbuseCategory>(C.CpCategories),
            SiblingProtectionPlan = read.Code<SiblingProtectionPlan>(C.SiblingCpPlan),
            SiblingProtectionPlanCategories = read.CodeList<AbuseCategory>(C.SiblingCpCategories),
            LegalStatus = read.Code<LegalStatus>(C.LegalStatus),
            LivingSituation = read.Code<LivingSituation>(C.LivingSituation),
            Disability = read.Code<Disability>(C.Disability),
            KnownToCsc = read.Code<CscInvolvement>(C.KnownToCsc),
            IncidentType = read.Code<IncidentType>(C.IncidentType),
            CriminalProceedings = read.Code<CriminalProceedings>(C.CriminalProceedings),
            HarmType = read.Code<HarmType>(C.HarmType),
            HeadInjury = read.YesNo(C.HeadInjury),
            DeathCategory = read.Code<DeathCategory>(C.DeathCategory),
            ParentFactors = read.CodeList<ParentFactor>(C.ParentFactors),
            ChildFactors = read.CodeList<ChildFactor>(C.ChildFactors),
            CaseFactors = read.CodeList<CaseFactor>(C.CaseFactors),
            ScrDecisionDate = read.Date(C.ScrDecisionDate),
            ScrCompletedDate = read.Date(C.ScrCompletedDate),
            DelayReasons = read.CodeList<DelayReason>(C.DelayReasons),
            CaseOutline = read.Text(C.CaseOutline),
        };

        var problems = read.Problems;
        problems.AddRange(NotificationRules.Check(notification, limits, read.Invalid));
        return problems.Count == 0
            ? ParseResult<Notification>.Success(notification)
            : ParseResult<Notification>.Failure(Ordered(problems, C.All));
    }

    /// <summary>The record's cells, one per column of <see cref="NotificationColumns.All"/> in that order.</summary>
    public static string[] Write(Notification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return
        [
            CellText.Of(n.CaseId),
            CellText.Of(n.IncidentDate),
            CellText.Of(n.NotificationDate),
            CellText.Of(n.Region),
            CellText.Of(n.Board),
            CellText.Of(n.NotificationType),
            CellText.Of(n.ScrStatus),
            CellText.Of(n.Exclusion),
            CellText.Of(n.AgeMonths),
            CellText.Of(n.Gender),
            CellText.Of(n.Ethnicity),
            CellText.Of(n.Siblings),
            CellText.Of(n.Twin),
            CellText.Of(n.BirthOrder),
            CellText.Of(n.ProtectionPlan),
            CellText.Of(n.ProtectionPlanCategories),
            CellText.Of(n.SiblingProtectionPlan),
            CellText.Of(n.SiblingProtectionPlanCategories),
            CellText.Of(n.LegalStatus),
            CellText.Of(n.LivingSituation),
            CellText.Of(n.Disability),
            CellText.Of(n.KnownToCsc),
            CellText.Of(n.IncidentType),
            CellText.Of(n.CriminalProceedings),
            CellText.Of(n.HarmType),
            CellText.Of(n.HeadInjury),
            CellText.Of(n.DeathCategory),
            CellText.Of(n.ParentFactors),
            CellText.Of(n.ChildFactors),
            CellText.Of(n.CaseFactors),
            CellText.Of(n.ScrDecisionDate),
            CellText.Of(n.ScrCompletedDate),
            CellText.Of(n.DelayReasons),
            CellText.Of(n.CaseOutline),
        ];
    }

    /// <summary>The record's cells by column name.</summary>
    public static IReadOnlyDictionary<string, string> Cells(Notification notification) =>
        Catalogue.Zip(C.All, Write(notification));

    internal static Problem[] Ordered(List<Problem> problems, IReadOnlyList<ColumnDefinition> columns) =>
        [.. problems.OrderBy(p => Catalogue.IndexOf(columns, p.Column ?? string.Empty))];
}

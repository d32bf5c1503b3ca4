using System.Globalization;
using CaseLens.Domain.Codebook;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Research;
using CaseLens.Domain.Validation;

namespace CaseLens.Analysis.Research;

/// <summary>
/// Makes a <see cref="ResearchExtract"/> of notifications. Every coded column of the notification
/// codebook (single codes and yes/no) is kept, written as its position in the codebook; case ids and
/// boards become keyed pseudonyms; dates become months or study years (or, at the limited level,
/// shifted by one offset per case); ages become the study's age groups (or, limited, months); the
/// review intervals are kept in days; free text is dropped unless the limited level keeps the outlines
/// for a named reviewer. Multi-code columns (plan categories, factors) and the notification date are
/// left out.
/// </summary>
public static class ResearchExtractBuilder
{
    /// <summary>The quasi-identifiers of the k-anonymity check, by column name.</summary>
    public static IReadOnlyList<string> QuasiIdentifiers { get; } = ["age_group", "gender", "ethnicity", "region", "incident_type", "study_year"];

    private static readonly HashSet<string> Left = new(StringComparer.Ordinal) { NotificationColumns.CaseId, NotificationColumns.Board };

    /// <exception cref="ArgumentException">The options do not suit their level (<see cref="ExtractOptions.Problems"/>).</exception>
    public static ResearchExtract Build(IReadOnlyList<Notification> notifications, ExtractOptions options)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var pseudonyms = new Pseudonyms(options.Key);
        var coded = NotificationColumns.All.Where(c => c.Kind is ColumnKind.Code or ColumnKind.YesNo && !Left.Contains(c.Name)).ToList();
        var variables = new List<CodebookVariable>
        {
            new("case_pseudonym", "Case (keyed pseudonym of its id)", VariableKind.Text, []),
            new("board_pseudonym", "Local Safeguarding Children Board (keyed pseudonym)", VariableKind.Text, []),
            new("study_year", "Study year of the incident (1 April to 31 March)", VariableKind.Text, []),
        };
        variables.AddRange(DateVariables(options.Dates));
        variables.Add(options.AgeInMonths
            ? new CodebookVariable("age_months", "Age at the incident in completed months", VariableKind.Number, [])
            : new CodebookVariable("age_group", "Age at the incident (Table 2's groups)", VariableKind.Categorical, Codebook<AgeGroup>()));
        variables.AddRange(coded.Select(c => new CodebookVariable(c.Name, c.Description, VariableKind.Categorical, c.Codes)));
        variables.Add(new CodebookVariable("siblings", "Number of siblings", VariableKind.Number, []));
        variables.Add(new CodebookVariable("days_to_decision", "Days from the incident to the decision to hold a review", VariableKind.Number, []));
        variables.Add(new CodebookVariable("days_to_completion", "Days from the decision to the completed review", VariableKind.Number, []));
        var reviewer = options.Level == ExtractLevel.Limited ? options.OutlineReviewer : null;
        if (reviewer is not null)
        {
            variables.Add(new CodebookVariable("case_outline", $"Case outline (kept for {reviewer} only)", VariableKind.Text, []));
        }

        var rows = notifications.Select(n => Row(n, coded, options, pseudonyms, reviewer is not null)).ToList();
        var names = variables.Select(v => v.Name).ToList();
        var qiNames = options.AgeInMonths ? QuasiIdentifiers.Select(q => q == "age_group" ? "age_months" : q).ToList() : [.. QuasiIdentifiers];
        var qi = qiNames.Select(q => names.IndexOf(q)).ToList();
        var check = KAnonymityReport.Of(rows, qi, qiNames, options.K);
        KAnonymityReport? generalised = null;
        if (options.Generalise && !check.Anonymous)
        {
            variables = Generalise(variables, rows, qi, options.K);
            generalised = KAnonymityReport.Of(rows, qi, [.. qi.Select(i => variables[i].Name)], options.K);
        }

        return new ResearchExtract(options.Level, variables, rows, check, generalised, reviewer);
    }

    private static IEnumerable<CodebookVariable> DateVariables(DateHandling dates) => dates switch
    {
        DateHandling.Month =>
        [
            new("incident_month", "Month of the incident (YYYY-MM)", VariableKind.Text, []),
            new("decision_month", "Month of the decision to hold a review (YYYY-MM)", VariableKind.Text, []),
            new("completed_month", "Month the review was completed (YYYY-MM)", VariableKind.Text, []),
        ],
        DateHandling.Shift =>
        [
            new("incident_date_shifted", "Date of the incident, moved by the case's own offset", VariableKind.Text, []),
            new("decision_date_shifted", "Date of the decision to hold a review, moved by the case's offset", VariableKind.Text, []),
            new("completed_date_shifted", "Date the review was completed, moved by the case's offset", VariableKind.Text, []),
        ],
        _ => [],
    };

    private static List<string> Row(Notification n, List<ColumnDefinition> coded, ExtractOptions options, Pseudonyms pseudonyms, bool outline)
    {
        var cells = NotificationCoding.Cells(n);
        var row = new List<string>
        {
            pseudonyms.Case(n.CaseId),
            n.Board is { } board ? pseudonyms.Board(board) : string.Empty,
            StudyYear.Of(n.IncidentDate).ToString(),
        };
        var shift = pseudonyms.DateShift(n.CaseId);
        switch (options.Dates)
        {
            case DateHandling.Month:
                row.AddRange([Month(n.IncidentDate), Month(n.ScrDecisionDate), Month(n.ScrCompletedDate)]);
                break;
            case DateHandling.Shift:
                row.AddRange([Shifted(n.IncidentDate, shift), Shifted(n.ScrDecisionDate, shift), Shifted(n.ScrCompletedDate, shift)]);
                break;
        }

        row.Add(options.AgeInMonths
            ? Whole(n.AgeMonths)
            : n.AgeMonths is { } months ? Position(Codebook<AgeGroup>(), Codes<AgeGroup>.Code(Age.GroupOf(months))) : Whole(CodebookVariable.NotKnown));
        row.AddRange(coded.Select(c => Position(c.Codes, cells.GetValueOrDefault(c.Name) ?? string.Empty)));
        row.Add(Whole(n.Siblings));
        row.Add(Whole(n.ScrDecisionDate is { } decision ? decision.DayNumber - n.IncidentDate.DayNumber : null));
        row.Add(Whole(n.ScrCompletedDate is { } completed && n.ScrDecisionDate is { } decided ? completed.DayNumber - decided.DayNumber : null));
        if (outline)
        {
            row.Add(n.CaseOutline ?? string.Empty);
        }

        return row;
    }

    /// <summary>Age groups become three broad bands; then region is withheld in each class still smaller than k.</summary>
    private static List<CodebookVariable> Generalise(List<CodebookVariable> variables, List<List<string>> rows, List<int> qi, int k)
    {
        var vars = variables.ToList();
        var age = vars.FindIndex(v => v.Name == "age_group");
        var region = vars.FindIndex(v => v.Name == "region");
        IReadOnlyList<KeyValuePair<string, string>> broad = [new("under_1", "Under 1 year"), new("1_10", "1-10 years"), new("11_17", "11-17 years")];
        if (age >= 0)
        {
            vars[age] = new CodebookVariable("age_band_broad", "Age at the incident (broad bands)", VariableKind.Categorical, broad);
            foreach (var row in rows)
            {
                row[age] = row[age] switch
                {
                    "1" => "1",
                    "2" or "3" => "2",
                    "4" or "5" => "3",
                    var other => other,
                };
            }
        }

        var small = KAnonymityReport.Of([.. rows], qi, [.. qi.Select(i => vars[i].Name)], k).SmallClasses
            .Select(c => string.Join('\u001f', c.Values)).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => region >= 0 && small.Contains(string.Join('\u001f', qi.Select(i => r[i])))))
        {
            row[region] = Whole(CodebookVariable.NotKnown);
        }

        return vars;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Codebook<T>()
        where T : struct, Enum =>
        [.. Codes<T>.All.Select(v => new KeyValuePair<string, string>(Codes<T>.Code(v), Codes<T>.Label(v)))];

    private static string Position(IReadOnlyList<KeyValuePair<string, string>> codes, string code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (string.Equals(codes[i].Key, code, StringComparison.Ordinal))
            {
                return Whole(i + 1);
            }
        }

        return Whole(CodebookVariable.NotKnown);
    }

    private static string Month(DateOnly? date) => date?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Shifted(DateOnly? date, int days) => date?.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}

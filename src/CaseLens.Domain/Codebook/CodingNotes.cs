using CaseLens.Domain.Validation;

namespace CaseLens.Domain.Codebook;

/// <summary>
/// Guidance for coders that goes beyond a column's one-line description in the catalogues: how to
/// choose between codes, and what a table does with a value. Written in our own words from the
/// seed (Chapter 2, Appendix 1–3) and the format specifications. Keys are column names; a key that
/// is not a column of its catalogue is a bug that <see cref="CodebookDocument"/> reports.
/// </summary>
internal static class CodingNotes
{
    public static IReadOnlyDictionary<string, string> Notifications { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NotificationColumns.CaseId] = "Give a case read in depth the same id on the intensive sample sheet, so the two rows can be linked.",
        [NotificationColumns.IncidentDate] = "The day the child died or was seriously harmed. The study year (1 April to 31 March), the calendar quarter and the review timescales are all worked out from this date.",
        [NotificationColumns.Board] = "Used to filter reports by board. It is never printed in a table.",
        [NotificationColumns.NotificationType] = "Code the one type the report itself states, even where another would also fit (a confirmed review may also concern the death of a looked-after child).",
        [NotificationColumns.ScrStatus] = "`undetermined` when the report and its updates still do not say whether a review is held. Only rows coded `yes` are serious case reviews in Tables 1–21; undetermined rows count only among all notifications (A0, A1).",
        [NotificationColumns.Exclusion] = "Leave empty for an ordinary row. When several reports were made for siblings in one family, the youngest is the index child and the others are marked `sibling_report`. Duplicates, sibling reports and test records are kept but left out of every table. A looked-after child's death or injury through an accident or a natural cause, with nothing to suggest a review would apply, is marked `lac_accident_or_natural_causes`: it still counts among all notifications (A0, A1) but not in the comparison of reviews with non-reviews (A2–A5) or Tables 1–21.",
        [NotificationColumns.AgeMonths] = "Whole months completed at the incident: a baby in its first month of life is 0, a child who has just turned one is 12. Every age group is worked out from this number.",
        [NotificationColumns.Siblings] = "Brothers and sisters of the index child, not counting the child; 0 for an only child. Table 5 groups 5 or more together.",
        [NotificationColumns.BirthOrder] = "`only` goes with 0 siblings, and 0 siblings with `only`, when both are given.",
        [NotificationColumns.CpPlan] = "`current` when the child had a plan at the incident, `past` when a plan had ended before it. Use `unclear` when the report does not make clear whether the plan came before or after the incident: Table 7 leaves such cases out and counts them in a note.",
        [NotificationColumns.CpCategories] = "Every category named for the plan; a plan can have several. Leave empty when the report gives none: the case then counts as not known in Table 8.",
        [NotificationColumns.SiblingCpPlan] = "Whether any brother or sister had a plan. `not_applicable` for an only child; `unclear` as for `cp_plan`. Table 9 leaves both out and counts them in notes.",
        [NotificationColumns.SiblingCpCategories] = "Every category named for the siblings' plans; empty when the report gives none (not known in Table 10).",
        [NotificationColumns.LegalStatus] = "Use `post_incident` when the status on the report is one the child was given after the incident (for example a care order that followed an injury): it does not describe the child at the incident, so Table 11 leaves it out and counts it in a note.",
        [NotificationColumns.Disability] = "Use `caused_by_incident` when the only disability is the result of the incident itself. Table 13 counts it as `No` (the child had no disability before) and also counts it in a note.",
        [NotificationColumns.IncidentType] = "`serious_injury` covers serious harm to a child who survived.",
        [NotificationColumns.HarmType] = "One code: the main cause the report gives. Accidents and house fires go under `neglect`, self-harm under `suicide`, unexplained cases and reports with no information under `other`.",
        [NotificationColumns.HeadInjury] = "Table 17 picks out physical assaults with a head injury on babies under one year.",
        [NotificationColumns.DeathCategory] = "Only on a death. The letters follow the classification of maltreatment-related deaths in Appendix 1; a code ending in 1 is the possible, not established, form of its letter and counts under the letter in Table 18. `F` and `G` are deaths whose category cannot be made out. A death coded `E` or `E1` whose `harm_type` is `suicide` appears as its own row in Table 18.",
        [NotificationColumns.ParentFactors] = "Every factor the report mentions. An empty cell means nothing was recorded, not that none applied. Table 19 counts a case in its base when it has at least one code in any of the three factor columns.",
        [NotificationColumns.ChildFactors] = "As `parent_factors`.",
        [NotificationColumns.CaseFactors] = "As `parent_factors`.",
        [NotificationColumns.ScrDecisionDate] = "Table 21 measures the weeks from the incident to this date.",
        [NotificationColumns.ScrCompletedDate] = "Table 21 measures the months from the decision to this date; give it only with a decision date.",
        [NotificationColumns.CaseOutline] = "The free narrative of the report. No report table, log or `caselens cases` listing prints it; exports keep it.",
    };

    /// <summary>Columns of the notification sheet that are required only in some rows: column → when.</summary>
    public static IReadOnlyDictionary<string, string> NotificationsRequiredWhen { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NotificationColumns.IncidentType] = "when `scr_status` is `yes`",
    };

    public static IReadOnlyDictionary<string, string> Intensive { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [IntensiveColumns.CaseId] = "May be the same as the case's notification `case_id`, which links the two sheets.",
        [IntensiveColumns.HouseholdChildren] = "All children in the household, the index child included: 1 is a single child. Appendix 2 groups 4 or more together.",
        [IntensiveColumns.DomesticViolence] = "`current_and_past` when both; Appendix 2 then counts the case under current and under past.",
        [IntensiveColumns.MaternalSubstanceMisuse] = "`past_only` for a difficulty that had ended before the incident. The same codes serve the four parental difficulty columns.",
        [IntensiveColumns.Birth] = "`low_birth_weight` is a small baby who did not need the special care baby unit; `emergency_caesarean` is one done because of foetal distress.",
        [IntensiveColumns.HospitalAdmissions] = "Count what the overview report notes; 0 when it says there were none, empty when it says nothing. Tables A10 and A11 group the numbers 0, 1, 2–3, 4–5, 6 or more.",
        [IntensiveColumns.AeAttendances] = "As `hospital_admissions`.",
        [IntensiveColumns.AntenatalAttendance] = "`totally_missed` includes a concealed pregnancy.",
        [IntensiveColumns.DevelopmentChecks] = "`too_young` only for a baby under 3 months, too young for the first checks.",
        [IntensiveColumns.InterventionLevel] = "The level of intervention the child or family had at the incident: the vertical axis of the threshold map (TM).",
        [IntensiveColumns.Cooperation] = "How far the family or young person worked with services at the incident: the horizontal axis of the threshold map (TM).",
        [IntensiveColumns.HealthNeeds] = "The health-markers schedule (Appendix 1) starts here; its columns may be left out of a file made before them. Leave a marker empty until it is coded: `no_information` is the coded answer that the overview report says nothing of it.",
        [IntensiveColumns.AdmissionsEarlier] = "`child_under_10` for a child under 10 years (under 120 months) at the incident, who cannot have a past of more than 10 years.",
        [IntensiveColumns.HvContactOtherChild] = "`no_other_child` only when the household has one child (`household_children` 1 or empty). The same codes serve `midwife_contact_other_child`.",
        [IntensiveColumns.MotherMentalHealthCareAtIncident] = "The parents' markers: each service at the time of the incident and a history of it, `yes`, `no` or `no_information`, for the mother (or female carer) and the father (or male carer). Evidence of learning disability of either parent is `parental_learning_disability`.",
    };
}

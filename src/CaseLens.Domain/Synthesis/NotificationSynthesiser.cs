using System.Globalization;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Synthesis;

/// <summary>
/// Draws one synthetic notification at a time from <see cref="SeedShape"/>, keeping every
/// cross-column rule of the coding sheet: a death category only on a death, plan categories only
/// with a current or past plan, "only child" and "not applicable" exactly when there are no
/// siblings, and dates in order (incident ≤ notification, incident ≤ decision ≤ completion).
/// </summary>
/// <param name="idDigits">How many digits a case id has after its S.</param>
internal sealed class NotificationSynthesiser(Random random, int idDigits)
{
    public Notification Next(int index)
    {
        var incident = SeedShape.FirstIncident.AddDays(random.Next(SeedShape.IncidentDays));
        var type = SeedShape.NotificationType.Draw(random);
        var status = SeedShape.StatusFor(type).Draw(random);
        var region = SeedShape.Region.Draw(random);
        var age = Chance(0.998) ? AgeMonths() : (int?)null;
        var incidentType = IncidentTypeFor(type, status);
        var harm = Chance(0.42) ? SeedShape.HarmFor(age ?? 0).Draw(random) : (HarmType?)null;

        var notification = new Notification
        {
            CaseId = "S" + index.ToString("D" + idDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            IncidentDate = incident,
            NotificationDate = incident.AddDays(DaysToNotify()),
            Region = region,
            Board = Chance(0.99) ? BoardIn(region) : null,
            NotificationType = type,
            ScrStatus = status,
            Exclusion = ExclusionFor(type, status),
            AgeMonths = age,
            Gender = SeedShape.Gender.Draw(random),
            Ethnicity = SeedShape.Ethnicity.Draw(random),
            LegalStatus = SeedShape.LegalStatus.Draw(random),
            LivingSituation = SeedShape.LivingSituation.Draw(random),
            Disability = SeedShape.Disability.Draw(random),
            KnownToCsc = SeedShape.KnownToCsc.Draw(random),
            IncidentType = incidentType,
            CriminalProceedings = SeedShape.CriminalProceedings.Draw(random),
            HarmType = harm,
            HeadInjury = HeadInjuryFor(harm, age),
            DeathCategory = incidentType == IncidentType.Death && Chance(0.4) ? DeathCategoryFor(harm) : null,
            ParentFactors = Chance(0.24) ? AtLeastOne(SeedShape.ParentFactors) : default,
            ChildFactors = Chance(0.14) ? AtLeastOne(SeedShape.ChildFactors) : default,
            CaseFactors = Chance(0.3) ? CaseFactorsFor(harm) : default,
            CaseOutline = Chance(0.18) ? Outline() : null,
        };

        return WithReviewDates(WithPlan(WithFamily(notification)));
    }

    private bool Chance(double probability) => random.NextDouble() < probability;

    private int AgeMonths()
    {
        var (first, last) = SeedShape.AgeBand.Draw(random);
        return first == 0 ? SeedShape.InfantMonth.Draw(random) : random.Next(first, last + 1);
    }

    private int DaysToNotify()
    {
        // Most notifications follow within days; a few take weeks.
        var days = 0;
        while (days < 60 && Chance(0.8))
        {
            days++;
        }

        return days;
    }

    private string BoardIn(Region region) =>
        string.Create(CultureInfo.InvariantCulture, $"Board {(Codes<Region>.Ordinal(region) * 17) + random.Next(1, 18)}");

    private IncidentType? IncidentTypeFor(NotificationType? type, ScrStatus status)
    {
        if (status != ScrStatus.Yes && Chance(0.002))
        {
            return null;
        }

        return type switch
        {
            NotificationType.LacDeath => IncidentType.Death,
            NotificationType.SeriousHarm => Chance(0.85) ? IncidentType.SeriousInjury : IncidentType.Death,
            _ => Chance(0.62) ? IncidentType.Death : IncidentType.SeriousInjury,
        };
    }

    private Exclusion? ExclusionFor(NotificationType? type, ScrStatus status)
    {
        if (type == NotificationType.LacDeath && status == ScrStatus.No && Chance(0.7))
        {
            return Exclusion.LacAccidentOrNaturalCauses;
        }

        var u = random.NextDouble();
        return u switch
        {
            < 0.021 => Exclusion.SiblingReport,
            < 0.025 => Exclusion.DuplicateReport,
            < 0.027 => Exclusion.TestRecord,
            _ => null,
        };
    }

    private bool? HeadInjuryFor(HarmType? harm, int? age)
    {
        if (harm == HarmType.PhysicalAssault && age < 24 && Chance(0.8))
        {
            return Chance(0.7);
        }

        return Chance(0.03) ? Chance(0.3) : null;
    }

    private DeathCategory DeathCategoryFor(HarmType? harm) => harm switch
    {
        HarmType.Suicide => DeathCategory.E,
        HarmType.Neglect => Chance(0.5) ? DeathCategory.D : DeathCategory.D1,
        _ => SeedShape.DeathCategory.Draw(random),
    };

    private CodeSet<T> AtLeastOne<T>((T Code, double Probability)[] choices)
        where T : struct, Enum
    {
        var set = CodeSet<T>.Empty;
        foreach (var (code, probability) in choices)
        {
            if (Chance(probability))
            {
                set = set.With(code);
            }
        }

        return set.IsEmpty ? set.With(choices[0].Code) : set;
    }

    private CodeSet<CaseFactor> CaseFactorsFor(HarmType? harm)
    {
        var set = harm switch
        {
            HarmType.PhysicalAssault => CodeSet<CaseFactor>.Of(CaseFactor.PhysicalAbuse),
            HarmType.Neglect => CodeSet<CaseFactor>.Of(Chance(0.6) ? CaseFactor.LongstandingNeglect : CaseFactor.RecentNeglect),
            HarmType.SexualAbuse => CodeSet<CaseFactor>.Of(CaseFactor.SexualAbuse),
            _ => CodeSet<CaseFactor>.Of(Codes<CaseFactor>.All[random.Next(Codes<CaseFactor>.All.Count)]),
        };
        if (set.Contains(CaseFactor.PhysicalAbuse) && Chance(0.35))
        {
            set = set.With(CaseFactor.ShakenBaby);
        }

        return Chance(0.15) ? set.With(Codes<CaseFactor>.All[random.Next(Codes<CaseFactor>.All.Count)]) : set;
    }

    private string Outline()
    {
        var phrases = SeedShape.OutlinePhrases;
        return string.Join(' ',
            SeedShape.OutlineOpenings[random.Next(SeedShape.OutlineOpenings.Length)],
            phrases[random.Next(phrases.Length)],
            phrases[random.Next(phrases.Length)]);
    }

    /// <summary>Siblings, twin, birth order and the siblings' plan, drawn together so they agree.</summary>
    private Notification WithFamily(Notification notification)
    {
        if (!Chance(0.4))
        {
            return notification;
        }

        var siblings = SeedShape.Siblings.Draw(random);
        var twin = siblings > 0 && Chance(0.04);
        BirthOrder? order = siblings switch
        {
            0 => BirthOrder.Only,
            _ when twin && Chance(0.5) => BirthOrder.Twin,
            1 => Chance(0.35) ? BirthOrder.Oldest : BirthOrder.Youngest,
            _ => SeedShape.OrderAmongSeveral.Draw(random),
        };
        var siblingPlan = siblings == 0 ? SiblingProtectionPlan.NotApplicable : SeedShape.SiblingPlan.Draw(random);
        return notification with
        {
            Siblings = Chance(0.97) ? siblings : null,
            Twin = Chance(0.97) ? twin : null,
            BirthOrder = Chance(0.97) ? order : null,
            SiblingProtectionPlan = siblingPlan,
            SiblingProtectionPlanCategories = siblingPlan is SiblingProtectionPlan.Current or SiblingProtectionPlan.Past && Chance(0.85)
                ? Categories()
                : default,
        };
    }

    private Notification WithPlan(Notification notification)
    {
        if (!Chance(0.4))
        {
            return notification;
        }

        var plan = SeedShape.Plan.Draw(random);
        return notification with
        {
            ProtectionPlan = plan,
            ProtectionPlanCategories = plan is ProtectionPlan.Current or ProtectionPlan.Past && Chance(0.9) ? Categories() : default,
        };
    }

    private CodeSet<AbuseCategory> Categories()
    {
        var set = CodeSet<AbuseCategory>.Of(SeedShape.PlanCategory.Draw(random));
        return Chance(0.15) ? set.With(SeedShape.PlanCategory.Draw(random)) : set;
    }

    private Notification WithReviewDates(Notification notification)
    {
        if (notification.ScrStatus != ScrStatus.Yes || !Chance(0.55))
        {
            return notification;
        }

        var decided = (notification.NotificationDate ?? notification.IncidentDate).AddDays(random.Next(7, 181));
        DateOnly? completed = Chance(0.45) ? decided.AddDays(random.Next(90, 541)) : null;
        return notification with
        {
            ScrDecisionDate = decided,
            ScrCompletedDate = completed,
            DelayReasons = completed is not null && Chance(0.3) ? AtLeastOne(SeedShape.DelayReasons) : default,
        };
    }
}

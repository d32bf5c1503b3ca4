using System.Runtime.CompilerServices;
using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>
/// The coded fields of one notification that the study's tables count, packed small (about 80
/// bytes, no references), so that a million cases can be held and counted at once. It carries no
/// identifier, name or free text: the analysis of a large store never holds them. A null value
/// means "not known", as on <see cref="Notification"/>.
/// </summary>
public readonly struct NotificationCodes
{
    private const byte Unknown = byte.MaxValue;
    private const int NoDay = int.MinValue;
    private const int NoNumber = int.MinValue;

    private readonly int _incidentDay;
    private readonly int _decisionDay;
    private readonly int _completedDay;
    private readonly int _ageMonths;
    private readonly int _siblings;
    private readonly byte _region;
    private readonly byte _notificationType;
    private readonly byte _scrStatus;
    private readonly byte _exclusion;
    private readonly byte _gender;
    private readonly byte _ethnicity;
    private readonly byte _birthOrder;
    private readonly byte _protectionPlan;
    private readonly byte _siblingProtectionPlan;
    private readonly byte _legalStatus;
    private readonly byte _livingSituation;
    private readonly byte _disability;
    private readonly byte _incidentType;
    private readonly byte _criminalProceedings;
    private readonly byte _harmType;
    private readonly byte _headInjury;
    private readonly byte _deathCategory;

    /// <summary>A case with every field "not known" and an incident on 1 January 0001.</summary>
    public NotificationCodes()
    {
        _decisionDay = _completedDay = NoDay;
        _ageMonths = _siblings = NoNumber;
        _region = _notificationType = _exclusion = _gender = _ethnicity = _birthOrder = Unknown;
        _protectionPlan = _siblingProtectionPlan = _legalStatus = _livingSituation = _disability = Unknown;
        _incidentType = _criminalProceedings = _harmType = _headInjury = _deathCategory = Unknown;
    }

    /// <summary>As <see cref="Notification.IncidentDate"/>.</summary>
    public DateOnly IncidentDate { get => DateOnly.FromDayNumber(_incidentDay); init => _incidentDay = value.DayNumber; }

    /// <summary>As <see cref="Notification.Region"/>.</summary>
    public Region? Region { get => Unpack<Region>(_region); init => _region = Pack(value); }

    /// <summary>As <see cref="Notification.NotificationType"/>.</summary>
    public NotificationType? NotificationType { get => Unpack<NotificationType>(_notificationType); init => _notificationType = Pack(value); }

    /// <summary>As <see cref="Notification.ScrStatus"/>.</summary>
    public ScrStatus ScrStatus { get => Unpack<ScrStatus>(_scrStatus)!.Value; init => _scrStatus = Pack<ScrStatus>(value); }

    /// <summary>As <see cref="Notification.Exclusion"/>.</summary>
    public Exclusion? Exclusion { get => Unpack<Exclusion>(_exclusion); init => _exclusion = Pack(value); }

    /// <summary>As <see cref="Notification.AgeMonths"/>.</summary>
    public int? AgeMonths { get => _ageMonths == NoNumber ? null : _ageMonths; init => _ageMonths = value ?? NoNumber; }

    /// <summary>As <see cref="Notification.Gender"/>.</summary>
    public Gender? Gender { get => Unpack<Gender>(_gender); init => _gender = Pack(value); }

    /// <summary>As <see cref="Notification.Ethnicity"/>.</summary>
    public Ethnicity? Ethnicity { get => Unpack<Ethnicity>(_ethnicity); init => _ethnicity = Pack(value); }

    /// <summary>As <see cref="Notification.Siblings"/>.</summary>
    public int? Siblings { get => _siblings == NoNumber ? null : _siblings; init => _siblings = value ?? NoNumber; }

    /// <summary>As <see cref="Notification.BirthOrder"/>.</summary>
    public BirthOrder? BirthOrder { get => Unpack<BirthOrder>(_birthOrder); init => _birthOrder = Pack(value); }

    /// <summary>As <see cref="Notification.ProtectionPlan"/>.</summary>
    public ProtectionPlan? ProtectionPlan { get => Unpack<ProtectionPlan>(_protectionPlan); init => _protectionPlan = Pack(value); }

    /// <summary>As <see cref="Notification.ProtectionPlanCategories"/>.</summary>
    public CodeSet<AbuseCategory> ProtectionPlanCategories { get; init; }

    /// <summary>As <see cref="Notification.SiblingProtectionPlan"/>.</summary>
    public SiblingProtectionPlan? SiblingProtectionPlan { get => Unpack<SiblingProtectionPlan>(_siblingProtectionPlan); init => _siblingProtectionPlan = Pack(value); }

    /// <summary>As <see cref="Notification.SiblingProtectionPlanCategories"/>.</summary>
    public CodeSet<AbuseCategory> SiblingProtectionPlanCategories { get; init; }

    /// <summary>As <see cref="Notification.LegalStatus"/>.</summary>
    public LegalStatus? LegalStatus { get => Unpack<LegalStatus>(_legalStatus); init => _legalStatus = Pack(value); }

    /// <summary>As <see cref="Notification.LivingSituation"/>.</summary>
    public LivingSituation? LivingSituation { get => Unpack<LivingSituation>(_livingSituation); init => _livingSituation = Pack(value); }

    /// <summary>As <see cref="Notification.Disability"/>.</summary>
    public Disability? Disability { get => Unpack<Disability>(_disability); init => _disability = Pack(value); }

    /// <summary>As <see cref="Notification.IncidentType"/>.</summary>
    public IncidentType? IncidentType { get => Unpack<IncidentType>(_incidentType); init => _incidentType = Pack(value); }

    /// <summary>As <see cref="Notification.CriminalProceedings"/>.</summary>
    public CriminalProceedings? CriminalProceedings { get => Unpack<CriminalProceedings>(_criminalProceedings); init => _criminalProceedings = Pack(value); }

    /// <summary>As <see cref="Notification.HarmType"/>.</summary>
    public HarmType? HarmType { get => Unpack<HarmType>(_harmType); init => _harmType = Pack(value); }

    /// <summary>As <see cref="Notification.HeadInjury"/>.</summary>
    public bool? HeadInjury { get => _headInjury == Unknown ? null : _headInjury != 0; init => _headInjury = value is { } v ? (byte)(v ? 1 : 0) : Unknown; }

    /// <summary>As <see cref="Notification.DeathCategory"/>.</summary>
    public DeathCategory? DeathCategory { get => Unpack<DeathCategory>(_deathCategory); init => _deathCategory = Pack(value); }

    /// <summary>As <see cref="Notification.ParentFactors"/>.</summary>
    public CodeSet<ParentFactor> ParentFactors { get; init; }

    /// <summary>As <see cref="Notification.ChildFactors"/>.</summary>
    public CodeSet<ChildFactor> ChildFactors { get; init; }

    /// <summary>As <see cref="Notification.CaseFactors"/>.</summary>
    public CodeSet<CaseFactor> CaseFactors { get; init; }

    /// <summary>As <see cref="Notification.ScrDecisionDate"/>.</summary>
    public DateOnly? ScrDecisionDate { get => _decisionDay == NoDay ? null : DateOnly.FromDayNumber(_decisionDay); init => _decisionDay = value?.DayNumber ?? NoDay; }

    /// <summary>As <see cref="Notification.ScrCompletedDate"/>.</summary>
    public DateOnly? ScrCompletedDate { get => _completedDay == NoDay ? null : DateOnly.FromDayNumber(_completedDay); init => _completedDay = value?.DayNumber ?? NoDay; }

    /// <summary>The counted fields of <paramref name="notification"/>.</summary>
    public static NotificationCodes Of(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new NotificationCodes
        {
            IncidentDate = notification.IncidentDate,
            Region = notification.Region,
            NotificationType = notification.NotificationType,
            ScrStatus = notification.ScrStatus,
            Exclusion = notification.Exclusion,
            AgeMonths = notification.AgeMonths,
            Gender = notification.Gender,
            Ethnicity = notification.Ethnicity,
            Siblings = notification.Siblings,
            BirthOrder = notification.BirthOrder,
            ProtectionPlan = notification.ProtectionPlan,
            ProtectionPlanCategories = notification.ProtectionPlanCategories,
            SiblingProtectionPlan = notification.SiblingProtectionPlan,
            SiblingProtectionPlanCategories = notification.SiblingProtectionPlanCategories,
            LegalStatus = notification.LegalStatus,
            LivingSituation = notification.LivingSituation,
            Disability = notification.Disability,
            IncidentType = notification.IncidentType,
            CriminalProceedings = notification.CriminalProceedings,
            HarmType = notification.HarmType,
            HeadInjury = notification.HeadInjury,
            DeathCategory = notification.DeathCategory,
            ParentFactors = notification.ParentFactors,
            ChildFactors = notification.ChildFactors,
            CaseFactors = notification.CaseFactors,
            ScrDecisionDate = notification.ScrDecisionDate,
            ScrCompletedDate = notification.ScrCompletedDate,
        };
    }

    // Every coding enum is an int whose members are numbered 0, 1, 2… (NotificationCodesTests pin
    // this), so a member fits a byte and byte.MaxValue is free to mean "not known". BitCast throws
    // rather than reading past a value if an enum ever stops being an int.
    private static byte Pack<T>(T? value)
        where T : struct, Enum =>
        value is { } v ? Pack(v) : Unknown;

    private static byte Pack<T>(T value)
        where T : struct, Enum
    {
        var number = Unsafe.BitCast<T, int>(value);
        return number is >= 0 and < Unknown
            ? (byte)number
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a declared {typeof(T).Name}.");
    }

    private static T? Unpack<T>(byte value)
        where T : struct, Enum
    {
        if (value == Unknown)
        {
            return null;
        }

        return Unsafe.BitCast<int, T>(value);
    }
}

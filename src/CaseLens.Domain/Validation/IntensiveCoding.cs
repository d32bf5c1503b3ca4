using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using C = CaseLens.Domain.Validation.IntensiveColumns;

namespace CaseLens.Domain.Validation;

/// <summary>
/// Turns the cell text of one intensive-sample row into an <see cref="IntensiveCase"/> and back,
/// with every rule of intensive-csv.md checked (see <see cref="IntensiveRules"/>).
/// </summary>
public static class IntensiveCoding
{
    /// <summary>Reads a row given as column name → cell text; absent columns are empty.</summary>
    public static ParseResult<IntensiveCase> Parse(IReadOnlyDictionary<string, string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Parse(column => cells.TryGetValue(column, out var text) ? text : null);
    }

    /// <summary>Reads a row through a column accessor (column name → cell text, null when absent).</summary>
    public static ParseResult<IntensiveCase> Parse(Func<string, string?> cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Parse(new CellReader(cell));
    }

    /// <summary>Reads a row whose cells are given as characters (empty when absent); the same rules.</summary>
    public static ParseResult<IntensiveCase> Parse(RowCells cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Parse(new CellReader(cells));
    }

    private static ParseResult<IntensiveCase> Parse(CellReader read)
    {
        var record = new IntensiveCase
        {
            CaseId = read.Text(C.CaseId) ?? string.Empty,
            IncidentType = read.Code<IncidentType>(C.IncidentType, required: true) ?? default,
            Gender = read.Code<Gender>(C.Gender),
            AgeMonths = read.Integer(C.AgeMonths),
            Region = read.Code<Region>(C.Region),
            HouseholdChildren = read.Integer(C.HouseholdChildren),
            FrequentMoves = read.YesNo(C.FrequentMoves),
            DomesticViolence = read.Code<DomesticViolenceHistory>(C.DomesticViolence),
            MaternalSubstanceMisuse = read.Code<ParentalDifficulty>(C.MaternalSubstanceMisuse),
            PaternalSubstanceMisuse = read.Code<ParentalDifficulty>(C.PaternalSubstanceMisuse),
            MaternalMentalHealth = read.Code<ParentalDifficulty>(C.MaternalMentalHealth),
            PaternalMentalHealth = read.Code<ParentalDifficulty>(C.PaternalMentalHealth),
            ParentalLearningDisability = read.YesNo(C.ParentalLearningDisability),
            CriminalConvictions = read.YesNo(C.CriminalConvictions),
            KnownToCsc = read.Code<CscInvolvement>(C.KnownToCsc),
            ProtectionPlan = read.Code<PlanHistory>(C.CpPlan),
            CourtOrder = read.Code<CourtOrder>(C.CourtOrder),
            Gestation = read.Code<Gestation>(C.Gestation),
            Birth = read.Code<BirthCircumstance>(C.Birth),
            Disability = read.YesNo(C.Disability),
            HospitalAdmissions = read.Integer(C.HospitalAdmissions),
            AeAttendances = read.Integer(C.AeAttendances),
            AudiologyOphthalmologyNeeds = read.YesNo(C.AudiologyOphthalmologyNeeds),
            SpeechLanguageNeeds = read.YesNo(C.SpeechLanguageNeeds),
            AntenatalAttendance = read.Code<AntenatalAttendance>(C.AntenatalAttendance),
            DevelopmentChecks = read.Code<DevelopmentChecks>(C.DevelopmentChecks),
            GpRegistration = read.Code<GpRegistration>(C.GpRegistration),
            InterventionLevel = read.Code<InterventionLevel>(C.InterventionLevel),
            Cooperation = read.Code<Cooperation>(C.Cooperation),
            HealthNeeds = read.CodeList<HealthNeed>(C.HealthNeeds),
            AdmissionsRecent = read.Code<RecordedContact>(C.AdmissionsRecent),
            AdmissionsEarlier = read.Code<EarlierContact>(C.AdmissionsEarlier),
            AeRecent = read.Code<RecordedContact>(C.AeRecent),
            AeEarlier = read.Code<EarlierContact>(C.AeEarlier),
            FamilyGpRegistration = read.Code<FamilyGpRegistration>(C.FamilyGpRegistration),
            SpecialistAppointments = read.Code<AppointmentAttendance>(C.SpecialistAppointments),
            UrgentCare = read.CodeList<UrgentCareService>(C.UrgentCare),
            HvContactChild = read.Code<ServiceContact>(C.HvContactChild),
            HvContactOtherChild = read.Code<SiblingContact>(C.HvContactOtherChild),
            MidwifeContactChild = read.Code<MidwifeContact>(C.MidwifeContactChild),
            MidwifeContactOtherChild = read.Code<SiblingContact>(C.MidwifeContactOtherChild),
            SchoolNurse = read.Code<ServiceContact>(C.SchoolNurse),
            CommunityPaediatrician = read.Code<RecordedContact>(C.CommunityPaediatrician),
            Salt = read.Code<ServiceContact>(C.Salt),
            Camhs = read.Code<ServiceContact>(C.Camhs),
            Dat = read.Code<ServiceContact>(C.Dat),
            OtherSpecialist = read.Code<RecordedContact>(C.OtherSpecialist),
            MotherMentalHealthCareAtIncident = read.Code<ParentServiceUse>(C.MotherMentalHealthCareAtIncident),
            MotherMentalHealthCareHistory = read.Code<ParentServiceUse>(C.MotherMentalHealthCareHistory),
            MotherPrimaryCareAtIncident = read.Code<ParentServiceUse>(C.MotherPrimaryCareAtIncident),
            MotherPrimaryCareHistory = read.Code<ParentServiceUse>(C.MotherPrimaryCareHistory),
            MotherSubstanceMisuseServicesAtIncident = read.Code<ParentServiceUse>(C.MotherSubstanceMisuseServicesAtIncident),
            MotherSubstanceMisuseServicesHistory = read.Code<ParentServiceUse>(C.MotherSubstanceMisuseServicesHistory),
            MotherOtherHealthServicesAtIncident = read.Code<ParentServiceUse>(C.MotherOtherHealthServicesAtIncident),
            MotherOtherHealthServicesHistory = read.Code<ParentServiceUse>(C.MotherOtherHealthServicesHistory),
            FatherMentalHealthCareAtIncident = read.Code<ParentServiceUse>(C.FatherMentalHealthCareAtIncident),
            FatherMentalHealthCareHistory = read.Code<ParentServiceUse>(C.FatherMentalHealthCareHistory),
            FatherPrimaryCareAtIncident = read.Code<ParentServiceUse>(C.FatherPrimaryCareAtIncident),
            FatherPrimaryCareHistory = read.Code<ParentServiceUse>(C.FatherPrimaryCareHistory),
            FatherSubstanceMisuseServicesAtIncident = read.Code<ParentServiceUse>(C.FatherSubstanceMisuseServicesAtIncident),
            FatherSubstanceMisuseServicesHistory = read.Code<ParentServiceUse>(C.FatherSubstanceMisuseServicesHistory),
            FatherOtherHealthServicesAtIncident = read.Code<ParentServiceUse>(C.FatherOtherHealthServicesAtIncident),
            FatherOtherHealthServicesHistory = read.Code<ParentServiceUse>(C.FatherOtherHealthServicesHistory),
        };

        var problems = read.Problems;
        problems.AddRange(IntensiveRules.Check(record, read.Invalid));
        return problems.Count == 0
            ? ParseResult<IntensiveCase>.Success(record)
            : ParseResult<IntensiveCase>.Failure(NotificationCoding.Ordered(problems, C.All));
    }

    /// <summary>The record's cells, one per column of <see cref="IntensiveColumns.All"/> in that order.</summary>
    public static string[] Write(IntensiveCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return
        [
            CellText.Of(c.CaseId),
            CellText.Of(c.IncidentType),
            CellText.Of(c.Gender),
            CellText.Of(c.AgeMonths),
            CellText.Of(c.Region),
            CellText.Of(c.HouseholdChildren),
            CellText.Of(c.FrequentMoves),
            CellText.Of(c.DomesticViolence),
            CellText.Of(c.MaternalSubstanceMisuse),
            CellText.Of(c.PaternalSubstanceMisuse),
            CellText.Of(c.MaternalMentalHealth),
            CellText.Of(c.PaternalMentalHealth),
            CellText.Of(c.ParentalLearningDisability),
            CellText.Of(c.CriminalConvictions),
            CellText.Of(c.KnownToCsc),
            CellText.Of(c.ProtectionPlan),
            CellText.Of(c.CourtOrder),
            CellText.Of(c.Gestation),
            CellText.Of(c.Birth),
            CellText.Of(c.Disability),
            CellText.Of(c.HospitalAdmissions),
            CellText.Of(c.AeAttendances),
            CellText.Of(c.AudiologyOphthalmologyNeeds),
            CellText.Of(c.SpeechLanguageNeeds),
            CellText.Of(c.AntenatalAttendance),
            CellText.Of(c.DevelopmentChecks),
            CellText.Of(c.GpRegistration),
            CellText.Of(c.InterventionLevel),
            CellText.Of(c.Cooperation),
            CellText.Of(c.HealthNeeds),
            CellText.Of(c.AdmissionsRecent),
            CellText.Of(c.AdmissionsEarlier),
            CellText.Of(c.AeRecent),
            CellText.Of(c.AeEarlier),
            CellText.Of(c.FamilyGpRegistration),
            CellText.Of(c.SpecialistAppointments),
            CellText.Of(c.UrgentCare),
            CellText.Of(c.HvContactChild),
            CellText.Of(c.HvContactOtherChild),
            CellText.Of(c.MidwifeContactChild),
            CellText.Of(c.MidwifeContactOtherChild),
            CellText.Of(c.SchoolNurse),
            CellText.Of(c.CommunityPaediatrician),
            CellText.Of(c.Salt),
            CellText.Of(c.Camhs),
            CellText.Of(c.Dat),
            CellText.Of(c.OtherSpecialist),
            CellText.Of(c.MotherMentalHealthCareAtIncident),
            CellText.Of(c.MotherMentalHealthCareHistory),
            CellText.Of(c.MotherPrimaryCareAtIncident),
            CellText.Of(c.MotherPrimaryCareHistory),
            CellText.Of(c.MotherSubstanceMisuseServicesAtIncident),
            CellText.Of(c.MotherSubstanceMisuseServicesHistory),
            CellText.Of(c.MotherOtherHealthServicesAtIncident),
            CellText.Of(c.MotherOtherHealthServicesHistory),
            CellText.Of(c.FatherMentalHealthCareAtIncident),
            CellText.Of(c.FatherMentalHealthCareHistory),
            CellText.Of(c.FatherPrimaryCareAtIncident),
            CellText.Of(c.FatherPrimaryCareHistory),
            CellText.Of(c.FatherSubstanceMisuseServicesAtIncident),
            CellText.Of(c.FatherSubstanceMisuseServicesHistory),
            CellText.Of(c.FatherOtherHealthServicesAtIncident),
            CellText.Of(c.FatherOtherHealthServicesHistory),
        ];
    }

    /// <summary>The record's cells by column name.</summary>
    public static IReadOnlyDictionary<string, string> Cells(IntensiveCase intensiveCase) =>
        Catalogue.Zip(C.All, Write(intensiveCase));
}

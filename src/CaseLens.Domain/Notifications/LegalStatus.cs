using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Legal status of the index child at the incident (Table 11). PostIncident records a status that follows a change after the incident; Table 11 leaves it out.</summary>
public enum LegalStatus
{
    [Label("Not looked after")]
    None,

    [Code("section_20"), Label("Accommodated (section 20)")]
    Section20,

    [Label("Care order")]
    CareOrder,

    [Label("Other")]
    Other,

    [Label("Status changed after the incident")]
    PostIncident,
}

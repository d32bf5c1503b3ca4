using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>Court order in force for the child.</summary>
public enum CourtOrder
{
    [Label("None")]
    None,

    [Label("Care order")]
    CareOrder,

    [Label("Supervision order")]
    SupervisionOrder,

    [Label("Contact order")]
    ContactOrder,

    [Label("Other")]
    Other,
}

using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Ethnic group of the index child (Table 4).</summary>
public enum Ethnicity
{
    [Label("White")]
    White,

    [Label("Mixed")]
    Mixed,

    [Label("Black/Black British")]
    Black,

    [Label("Asian/Asian British")]
    Asian,

    [Label("Other ethnic group")]
    Other,
}

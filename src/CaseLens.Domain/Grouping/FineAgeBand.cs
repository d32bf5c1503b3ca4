using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Grouping;

/// <summary>
/// The fine age bands of Figure 3, named by month of life as the seed's chart names them:
/// <c>0_1m</c> is age_months 0 (the first month of life), so "under 3 months" is the first two bands.
/// </summary>
public enum FineAgeBand
{
    [Code("0_1m"), Label("0-1 month")]
    Month1,

    [Code("2_3m"), Label("2-3 months")]
    Months2To3,

    [Code("4_6m"), Label("4-6 months")]
    Months4To6,

    [Code("7_12m"), Label("7-12 months")]
    Months7To12,

    [Code("1_3y"), Label("1-3 years")]
    Years1To3,

    [Code("4_5y"), Label("4-5 years")]
    Years4To5,

    [Code("6_10y"), Label("6-10 years")]
    Years6To10,

    [Code("11_15y"), Label("11-15 years")]
    Years11To15,

    [Code("16y_plus"), Label("16 years and over")]
    Years16Plus,
}

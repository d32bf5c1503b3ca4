namespace CaseLens.Application.Importing;

/// <summary>The two interchange files: notifications (one row per notification) and the intensive sample.</summary>
public enum DataKind
{
    /// <summary>The notifications file, one row per notification.</summary>
    Notifications,

    /// <summary>The intensive sample, one row per case studied closely.</summary>
    Intensive,
}

namespace CaseLens.Cli.Commands;

/// <summary>The two interchange files: notifications (one row per notification) and the intensive sample.</summary>
internal enum DataKind
{
    Notifications,
    Intensive,
}

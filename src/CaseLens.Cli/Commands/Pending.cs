using CaseLens.Domain.Notifications;

namespace CaseLens.Cli.Commands;

/// <summary>Stand-ins for parts of other projects not merged yet; each throws until wired.</summary>
internal static class Pending
{
    public static void WriteNotifications(IEnumerable<Notification> rows, string path) =>
        throw new NotSupportedException("writing notifications is not available in this build yet");

    public static Problems.Outcome NotYet(string what) => Problems.Outcome.Failed($"{what} is not available in this build yet");
}

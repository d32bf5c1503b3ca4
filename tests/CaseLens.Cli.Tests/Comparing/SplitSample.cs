using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests.Comparing;

/// <summary>The sample notifications split by study year into two CSV files (2005-06 and 2006-07), written with the Interchange writer.</summary>
public sealed class SplitSample : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SplitSample()
    {
        IReadOnlyList<Notification> all;
        using (var stream = File.OpenRead(SampleData.Notifications))
        {
            all = NotificationCsv.ReadAll(stream, TimeProvider.System).Records;
        }

        First = Write("notifications-2005-06.csv", all.Where(n => StudyYear.Of(n.IncidentDate).StartYear == 2005).ToList());
        Second = Write("notifications-2006-07.csv", all.Where(n => StudyYear.Of(n.IncidentDate).StartYear == 2006).ToList());
    }

    /// <summary>The notifications of study year 2005-06.</summary>
    public (string Path, IReadOnlyList<Notification> Records) First { get; }

    /// <summary>The notifications of study year 2006-07.</summary>
    public (string Path, IReadOnlyList<Notification> Records) Second { get; }

    public void Dispose() => _dir.Dispose();

    private (string, IReadOnlyList<Notification>) Write(string name, IReadOnlyList<Notification> records)
    {
        var path = _dir.File(name);
        using (var stream = File.Create(path))
        {
            NotificationCsv.Write(stream, records);
        }

        return (path, records);
    }
}

using CaseLens.Cli.Importing;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests.Importing;

public sealed class NotificationSpillTests
{
    [Fact]
    public void Spilled_notifications_read_back_identical_in_order()
    {
        List<Notification> rows;
        using (var stream = File.OpenRead(SampleData.Notifications))
        {
            rows = [.. NotificationCsv.ReadAll(stream).Records, .. SyntheticNotifications.Generate(20_000, seed: 4)];
        }

        using var spill = new RecordSpill<Notification>(NotificationSpill.Write, NotificationSpill.Read);
        rows.ForEach(spill.Write);

        spill.ReadAll().ToList().ShouldBe(rows);
    }
}

using System.Text;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Validation;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.TestKit;
using CaseLens.TestKit.Databases;

namespace CaseLens.Application.Tests.Intensive;

/// <summary>The health-markers columns of the intensive sheet on their way from a file through the store and out again.</summary>
public sealed class HealthMarkersCsvStoreTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task New_columns_come_back_from_the_store_as_the_file_had_them(DatabaseProvider provider)
    {
        var written = new MemoryStream();
        IntensiveCsv.Write(written, [FullRecords.IntensiveCase("I-1"), FullRecords.SparseIntensiveCase("I-2")]);
        written.Position = 0;
        var read = IntensiveCsv.ReadAll(written);
        read.Problems.ShouldBeEmpty();
        await using var store = await databases.OpenEmptyAsync(provider);

        await store.ImportAsync(read.Records);
        var again = new MemoryStream();
        IntensiveCsv.Write(again, await store.StreamIntensiveCasesAsync().ToListAsync());

        Encoding.UTF8.GetString(again.ToArray()).ShouldBe(Encoding.UTF8.GetString(written.ToArray()));
        var stored = await store.FindIntensiveCaseAsync("I-1");
        stored!.AeRecent.ShouldBe(RecordedContact.NoInformation);
        (await store.FindIntensiveCaseAsync("I-2"))!.AeRecent.ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_file_made_before_the_health_markers_imports_with_none_coded(DatabaseProvider provider)
    {
        using var file = File.OpenRead(SampleData.Intensive);
        var read = IntensiveCsv.ReadAll(file);
        read.Problems.ShouldBeEmpty();
        await using var store = await databases.OpenEmptyAsync(provider);

        await store.ImportAsync(read.Records);

        var stored = await store.StreamIntensiveCasesAsync().ToListAsync();
        stored.Count.ShouldBe(read.Records.Count);
        stored.ShouldAllBe(c => c.SchoolNurse == null && c.HealthNeeds.IsEmpty && c.FatherPrimaryCareHistory == null);
        stored.ShouldBe(read.Records);
    }

    [Fact]
    public void The_old_columns_keep_their_places_and_the_markers_follow_them()
    {
        var names = IntensiveColumns.All.Select(c => c.Name).ToList();
        var header = File.ReadLines(SampleData.Intensive).First().Split(',');

        names.Take(header.Length).ShouldBe(header);
        names.Count.ShouldBe(header.Length + 34);
    }
}

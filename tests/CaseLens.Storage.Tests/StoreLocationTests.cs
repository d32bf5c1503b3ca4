namespace CaseLens.Storage.Tests;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("Host=db.example;Database=caselens;Username=app")]
    [InlineData("host = db;database=x")]
    [InlineData("Port=5433;Server=db;Database=x")]
    public void Connection_strings_naming_a_host_mean_postgres(string text)
    {
        var location = StoreLocation.Parse(text);

        location.Provider.ShouldBe(DatabaseProvider.Postgres);
        location.ConnectionString.ShouldBe(text);
    }

    [Theory]
    [InlineData("cases.db")]
    [InlineData("/data/Hostname=1.db")]
    public void Anything_else_is_a_sqlite_file(string text)
    {
        var location = StoreLocation.Parse(text);

        location.Provider.ShouldBe(DatabaseProvider.Sqlite);
        location.ConnectionString.ShouldContain(Path.GetFullPath(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void No_location_means_caselens_db_in_the_current_directory(string? text) =>
        StoreLocation.Parse(text).ConnectionString.ShouldContain(Path.GetFullPath("caselens.db"));

    [Fact]
    public void Printing_a_location_hides_the_password() =>
        StoreLocation.Parse("Host=db;Password=s3cret;Database=x").ToString().ShouldNotContain("s3cret");
}

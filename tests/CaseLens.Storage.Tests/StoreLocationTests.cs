using Npgsql;

namespace CaseLens.Storage.Tests;

public sealed class StoreLocationTests
{
    private const string Secret = "s3cr;et";

    [Theory]
    [InlineData("Host=db.example;Database=caselens;Username=app")]
    [InlineData("host = db.example;database=caselens")]
    [InlineData("Port=5433;Server=db.example;Database=caselens")]
    [InlineData("postgresql://db.example/caselens")]
    [InlineData("postgres://db.example:5433/caselens")]
    public void Connection_strings_and_urls_naming_a_host_mean_postgres(string text)
    {
        var location = StoreLocation.Parse(text);

        location.Provider.ShouldBe(DatabaseProvider.Postgres);
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        builder.Host.ShouldBe("db.example");
        builder.Database.ShouldBe("caselens");
    }

    [Theory]
    [InlineData("Host=db;Username=app;Password='s3cr;et'")]
    [InlineData("Host=db;Username=app;Password=\"s3cr;et\"")]
    [InlineData("Server=db;User ID=app;Pwd='s3cr;et'")]
    [InlineData("Host=db;UID=app;PSW='s3cr;et'")]
    [InlineData("host=db;userid=app;password='s3cr;et'")]
    [InlineData("postgresql://app:s3cr%3Bet@db/x")]
    [InlineData("postgres://app:s3cr%3Bet@db:5432/x?sslmode=prefer")]
    [InlineData("postgresql://app@db/x?password=s3cr%3Bet")]
    public void Every_password_alias_is_read_and_never_printed(string text)
    {
        var location = StoreLocation.Parse(text);

        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        builder.Password.ShouldBe(Secret);
        builder.Username.ShouldBe("app");
        location.ToString().ShouldNotContain("s3cr");
        location.ToString().ShouldContain("Host=db");
        location.ToString().ShouldContain("Username=app");
    }

    [Fact]
    public void A_url_gives_host_port_database_user_password_and_options()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            StoreLocation.Parse("postgresql://case%20lens:p%40ss@db.example:5433/case_store?sslmode=verify-full&application_name=caselens&connect_timeout=7").ConnectionString);

        (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password).ShouldBe(("db.example", 5433, "case_store", "case lens", "p@ss"));
        builder.SslMode.ShouldBe(SslMode.VerifyFull);
        builder.ApplicationName.ShouldBe("caselens");
        builder.Timeout.ShouldBe(7);
    }

    [Theory]
    [InlineData("postgresql://[::1]:5433/x", "::1", 5433)]
    [InlineData("postgresql:///x?host=/var/run/postgresql", "/var/run/postgresql", 5432)]
    [InlineData("postgresql://h1:5432,h2:5433/x", "h1:5432,h2:5433", 5432)]
    public void A_url_may_name_an_ipv6_host_a_socket_folder_or_several_hosts(string text, string host, int port)
    {
        var builder = new NpgsqlConnectionStringBuilder(StoreLocation.Parse(text).ConnectionString);

        (builder.Host, builder.Port).ShouldBe((host, port));
    }

    [Theory]
    [InlineData("Hots=db;Password=hunter2", "unknown keyword 'hots' (did you mean 'Host'?)")]
    [InlineData("Host=db;Passwrod=hunter2", "did you mean 'Password'?")]
    [InlineData("Host=db;hunter2", "does not parse")]
    [InlineData("Host=db;Password='hunter2", "does not parse")]
    [InlineData("Database=x;Username=app;Password=hunter2", "names no host")]
    [InlineData("Data Source=x.db;Password=hunter2", "SQLite store has no password")]
    [InlineData("x.db;Password=hunter2", "does not know")]
    [InlineData("Host=db;Port=hunter2", "value of 'port'")]
    [InlineData("postgresql://app:hunter2@db:port/x", "port in the PostgreSQL URL")]
    [InlineData("postgresql://app:hunter2@/x", "names no host")]
    [InlineData("postgresql://app:hunter2@db/x?hunter3=1", "not shown")]
    [InlineData("Host=db;Password=hunter2;Zzzzzzzzzz=hunter3", "not shown")]
    public void A_connection_string_that_does_not_parse_or_names_no_host_is_refused_without_its_values(string text, string expected)
    {
        var result = StoreLocation.Read(text);

        result.Succeeded.ShouldBeFalse();
        var message = string.Join("\n", result.Problems.Select(p => p.Message));
        message.ShouldContain(expected);
        message.ShouldNotContain("hunter");
        Should.Throw<ArgumentException>(() => StoreLocation.Parse(text)).Message.ShouldNotContain("hunter");
    }

    [Theory]
    [InlineData("cases.db")]
    [InlineData("/data/Hostname=1.db")]
    [InlineData("./Hostname=1.db")]
    [InlineData("folder with spaces/cases.db")]
    public void A_path_is_a_sqlite_file(string text)
    {
        var location = StoreLocation.Parse(text);

        location.Provider.ShouldBe(DatabaseProvider.Sqlite);
        location.SqliteFile.ShouldBe(Path.GetFullPath(text));
        location.ToString().ShouldBe(Path.GetFullPath(text));
    }

    [Theory]
    [InlineData("Data Source=cases.db")]
    [InlineData("DataSource=cases.db")]
    [InlineData("Filename='cases.db'")]
    public void A_sqlite_connection_string_names_its_file(string text) =>
        StoreLocation.Parse(text).SqliteFile.ShouldBe(Path.GetFullPath("cases.db"));

    [Fact]
    public void A_sqlite_connection_string_is_read_for_its_file_only() =>
        StoreLocation.Read("Data Source=cases.db;Mode=Memory").Problems.Single().Message.ShouldContain("remove 'mode'");

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void No_location_means_caselens_db_in_the_current_directory(string? text) =>
        StoreLocation.Parse(text).SqliteFile.ShouldBe(Path.GetFullPath("caselens.db"));

    [Fact]
    public void A_password_given_apart_goes_into_a_postgres_location()
    {
        var location = StoreLocation.Read("Host=db;Username=app", password: "from-file", fallbackPassword: "from-env").Value;

        new NpgsqlConnectionStringBuilder(location.ConnectionString).Password.ShouldBe("from-file");
        location.ToString().ShouldNotContain("from-");
    }

    [Fact]
    public void The_fallback_password_is_taken_only_where_none_is_given()
    {
        Password(StoreLocation.Read("Host=db", fallbackPassword: "from-env").Value).ShouldBe("from-env");
        Password(StoreLocation.Read("Host=db;Password=inline", fallbackPassword: "from-env").Value).ShouldBe("inline");
        StoreLocation.Read("cases.db", fallbackPassword: "from-env").Value.Provider.ShouldBe(DatabaseProvider.Sqlite);
    }

    [Theory]
    [InlineData("Host=db;Password=inline", "given both")]
    [InlineData("cases.db", "SQLite store has no password")]
    [InlineData("Data Source=cases.db", "SQLite store has no password")]
    public void A_password_given_apart_is_refused_where_it_cannot_be_used(string text, string expected) =>
        StoreLocation.Read(text, password: "from-file").Problems.Single().Message.ShouldContain(expected);

    private static string? Password(StoreLocation location) => new NpgsqlConnectionStringBuilder(location.ConnectionString).Password;
}

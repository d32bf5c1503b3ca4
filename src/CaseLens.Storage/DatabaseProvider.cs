namespace CaseLens.Storage;

/// <summary>The database engine a store lives in.</summary>
public enum DatabaseProvider
{
    /// <summary>A single SQLite file (the default, <c>caselens.db</c>).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database named by a connection string.</summary>
    Postgres,
}

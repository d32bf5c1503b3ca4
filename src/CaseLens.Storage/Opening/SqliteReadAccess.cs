using CaseLens.Domain.Problems;
using CaseLens.Storage.Locations;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Opening;

/// <summary>
/// How a SQLite file can be read without writing to it. Read-only first: SQLite writes nothing, but
/// a store in WAL mode needs its <c>-shm</c> file, which it makes in the store's folder when missing.
/// When the folder cannot be written and there is none, the file is opened immutable
/// (<c>?immutable=1</c>: no locks, no <c>-shm</c>), which is sound because nobody can be writing
/// through a log in that folder; a leftover <c>-wal</c> with content would be ignored that way, so
/// such a store is refused instead. A store with a hot rollback journal (a write stopped midway) is
/// rolled back by opening it for writing first, or refused when that cannot be done.
/// </summary>
internal static class SqliteReadAccess
{
    public const string NotADatabase = "store.not-sqlite";

    private const int ReadOnlyError = 8;
    private const int CannotOpenError = 14;
    private const int NotADatabaseError = 26;

    /// <summary>A connection string that reads <paramref name="file"/>; a failure when none does.</summary>
    public static Result<string> Find(string file, string shown)
    {
        try
        {
            File.OpenHandle(file, FileMode.Open, FileAccess.Read).Dispose();
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(ProblemKind.Failure, "store.unreadable", $"cannot read {shown}: permission denied");
        }

        var readOnly = SqliteLocation.ReadOnly(file);
        switch (Probe(readOnly))
        {
            case null:
                return Result<string>.Ok(readOnly);
            case NotADatabaseError:
                return Fail(ProblemKind.Invalid, NotADatabase, "it is not a SQLite database");
        }

        if (new FileInfo(file + "-journal") is { Exists: true, Length: > 0 })
        {
            // A write stopped midway through a rollback journal (an import into a store it had just
            // made, see Sqlite/StoreJournal): the file holds part of it, which only the journal undoes.
            // SQLite undoes it when the store is opened for writing; immutable reading would see the
            // half-written pages, so the store is read only once that has been done.
            return Writable(file) && Probe(readOnly) is null
                ? Result<string>.Ok(readOnly)
                : Fail(ProblemKind.Failure, "store.unreadable",
                    $"cannot read {shown}: a write to it was stopped midway and its journal must be rolled back; open it once where it and its folder can be written");
        }

        if (new FileInfo(file + "-wal") is { Exists: true, Length: > 0 })
        {
            return Fail(ProblemKind.Failure, "store.unreadable",
                $"cannot read {shown}: its write-ahead log holds changes that need a writable folder to be read; open it once where its folder can be written");
        }

        var immutable = SqliteLocation.Immutable(file);
        return Probe(immutable) is null
            ? Result<string>.Ok(immutable)
            : Fail(ProblemKind.Failure, "store.unreadable", $"cannot read {shown}");
    }

    /// <summary>Whether a read-write connection works too (so that a report may hold the store still and read it in parallel).</summary>
    public static bool Writable(string file) => Probe(SqliteLocation.ReadWrite(file)) is null;

    /// <summary>Null when <paramref name="connectionString"/> opens and reads the schema; else SQLite's error code (read-only, cannot open, not a database).</summary>
    private static int? Probe(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            command.ExecuteScalar();
            return null;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is ReadOnlyError or CannotOpenError or NotADatabaseError)
        {
            return e.SqliteErrorCode;
        }
    }

    private static Result<string> Fail(ProblemKind kind, string code, string message) =>
        Result<string>.Fail(kind, new Problem(code, message));
}

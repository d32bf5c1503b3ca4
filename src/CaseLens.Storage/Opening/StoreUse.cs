namespace CaseLens.Storage.Opening;

/// <summary>
/// What a caller means to do with a store, which decides what opening it may do: only
/// <see cref="Create"/> may create a store or migrate its schema; <see cref="Read"/> and
/// <see cref="Write"/> take the store as they find it and refuse a missing, empty, foreign, older
/// or (for writing) newer one.
/// </summary>
public sealed record StoreUse
{
    /// <summary>Owner read and write only (0600): the mode of a new SQLite store unless asked otherwise.</summary>
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private StoreUse(StoreUseKind kind, UnixFileMode newFileMode)
    {
        Kind = kind;
        NewFileMode = newFileMode;
    }

    /// <summary>Reading only: a store whose schema a newer CaseLens changed is read if that change is marked readable (<see cref="SchemaCompatibility"/>).</summary>
    public static StoreUse Read { get; } = new(StoreUseKind.Read, OwnerOnly);

    /// <summary>Changing the data of a store that is up to date with this version.</summary>
    public static StoreUse Write { get; } = new(StoreUseKind.Write, OwnerOnly);

    public StoreUseKind Kind { get; }

    /// <summary>The permissions a SQLite file gets when <see cref="Create"/> makes it; the default is <see cref="OwnerOnly"/>.</summary>
    public UnixFileMode NewFileMode { get; }

    /// <summary>Writing, creating the store when it is missing or empty and applying pending migrations; a new SQLite file gets <paramref name="newFileMode"/>.</summary>
    public static StoreUse Create(UnixFileMode newFileMode = OwnerOnly) => new(StoreUseKind.Create, newFileMode);
}

namespace CaseLens.Storage.Opening;

/// <summary>
/// A store opened, with what opening it did: <see cref="Created"/> when the SQLite file or the
/// PostgreSQL database was made, and the migrations applied (in order; empty when it was up to date).
/// </summary>
public sealed record OpenedStore(CaseStore Store, bool Created, IReadOnlyList<string> Applied);

namespace CaseLens.Storage.Sqlite.CodedRead;

/// <summary>
/// A range of keys (case ids) as the database orders them: from <see cref="From"/> (inclusive; null
/// for no lower bound) up to but not including <see cref="Before"/> (null for no upper bound).
/// </summary>
internal sealed record KeyRange(string? From, string? Before)
{
    /// <summary>Every key.</summary>
    public static KeyRange All { get; } = new(null, null);
}

using System.Collections.Frozen;

namespace CaseLens.Domain.Access;

/// <summary>
/// Which cases an account may see, as a REDCap data access group does: every board (national), or
/// the cases of a list of boards (LSCBs or safeguarding partnerships). Board names are compared
/// exactly (ordinal, case-sensitive), as <see cref="Notifications.NotificationFilter.Board"/> compares
/// them. <see cref="Nothing"/> is the scope of an account whose scope is missing: it covers no case,
/// so that a lost or damaged record of scope can never widen access.
/// </summary>
public sealed class Scope : IEquatable<Scope>
{
    /// <summary>The separator of boards in the text form (<c>"B1;B2"</c>), as in a multi-valued CSV cell.</summary>
    public const char BoardSeparator = ';';

    private Scope(bool national, FrozenSet<string> boards)
    {
        IsNational = national;
        Boards = boards;
    }

    /// <summary>Every board's cases.</summary>
    public static Scope National { get; } = new(true, FrozenSet<string>.Empty);

    /// <summary>No case at all.</summary>
    public static Scope Nothing { get; } = new(false, FrozenSet<string>.Empty);

    /// <summary>Whether every board's cases are covered.</summary>
    public bool IsNational { get; }

    /// <summary>The boards covered when not national, in no particular order; empty when national.</summary>
    public IReadOnlySet<string> Boards { get; }

    /// <summary>The scope of these boards; at least one board, none blank (names are trimmed).</summary>
    public static Scope OfBoards(IEnumerable<string> boards)
    {
        ArgumentNullException.ThrowIfNull(boards);
        var names = boards.Select(b => b.Trim()).ToList();
        if (names.Count == 0 || names.Any(n => n.Length == 0))
        {
            throw new ArgumentException("A board scope names at least one board, and no blank one.", nameof(boards));
        }

        return new Scope(false, names.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Reads the command line's form: null or blank means national; otherwise boards separated by
    /// <c>;</c>. Returns null when a board in the list is blank (as in <c>"B1;;B2"</c>).
    /// </summary>
    public static Scope? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return National;
        }

        var boards = text.Split(BoardSeparator, StringSplitOptions.TrimEntries);
        return boards.Any(b => b.Length == 0) ? null : OfBoards(boards);
    }

    /// <summary>Whether a case held by <paramref name="board"/> is in scope; a case with no board is only in a national scope.</summary>
    public bool Covers(string? board) => IsNational || (board is not null && Boards.Contains(board));

    /// <summary><c>national</c>, or the boards in ordinal order joined by <c>;</c> (no board is called "national" by this form's reader).</summary>
    public override string ToString() => IsNational
        ? "national"
        : string.Join(BoardSeparator, Boards.Order(StringComparer.Ordinal));

    /// <summary>Scopes are equal when both are national or both hold the same boards, in any order.</summary>
    public bool Equals(Scope? other) =>
        other is not null && IsNational == other.IsNational && Boards.SetEquals(other.Boards);

    /// <summary>As <see cref="Equals(Scope?)"/>.</summary>
    public override bool Equals(object? obj) => Equals(obj as Scope);

    /// <summary>Agrees with <see cref="Equals(Scope?)"/>: it does not depend on the boards' order.</summary>
    public override int GetHashCode() => IsNational ? 1 : Boards.Count;
}

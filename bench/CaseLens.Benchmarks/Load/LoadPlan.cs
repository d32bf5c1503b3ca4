using System.Globalization;
using System.Text.RegularExpressions;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Benchmarks.Load;

/// <summary>
/// Who the load's users are and what they ask for: the case list as a page of it, filtered by two
/// of its filters, or searched by a word found in the outlines, and the page of a case in the user's
/// scope (so every answer should be 200). Half the users are national, half scoped to one board.
/// </summary>
internal sealed partial class LoadPlan
{
    public static readonly string[] Kinds = ["list page", "list filtered", "list searched", "case page"];

    private readonly string[] _allIds;
    private readonly Dictionary<string, string[]> _idsByBoard;
    private readonly string[] _words;

    private LoadPlan(IReadOnlyList<LoadUser> users, string[] allIds, Dictionary<string, string[]> idsByBoard, string[] words)
    {
        Users = users;
        _allIds = allIds;
        _idsByBoard = idsByBoard;
        _words = words;
    }

    public IReadOnlyList<LoadUser> Users { get; }

    public static LoadPlan From(IReadOnlyList<Notification> records, int users)
    {
        var idsByBoard = records.Where(r => r.Board is not null).GroupBy(r => r.Board!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.CaseId).ToArray(), StringComparer.Ordinal);
        var boards = idsByBoard.OrderByDescending(b => b.Value.Length).ThenBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Key).ToList();
        var plan = Enumerable.Range(0, users)
            .Select(i => new LoadUser($"load{i:D2}", i % 2 == 0 ? null : boards[i / 2 % boards.Count]))
            .ToList();

        // Words of five letters or more from the outlines, as someone would search for them.
        var words = records.Select(r => r.CaseOutline).OfType<string>().Take(5_000)
            .SelectMany(o => Word().Matches(o).Select(m => m.Value.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new LoadPlan(plan, [.. records.Select(r => r.CaseId)], idsByBoard, words);
    }

    /// <summary>The next request of <paramref name="user"/>: one of <see cref="Kinds"/> with its path.</summary>
    public (string Kind, string Path) NextRequest(LoadUser user, Random random)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        var path = kind switch
        {
            "list page" => $"/cases?page={random.Next(1, 21).ToString(CultureInfo.InvariantCulture)}",
            "list filtered" => random.Next(2) == 0
                ? $"/cases?region={Any<Region>(random)}&age_group={Any<AgeGroup>(random)}"
                : $"/cases?incident_type={Any<IncidentType>(random)}&gender={Any<Gender>(random)}",
            "list searched" => $"/cases?q={Uri.EscapeDataString(_words[random.Next(_words.Length)])}",
            _ => $"/cases/{Uri.EscapeDataString(AnyCaseOf(user, random))}",
        };
        return (kind, path);
    }

    private string AnyCaseOf(LoadUser user, Random random)
    {
        var ids = user.Board is null ? _allIds : _idsByBoard[user.Board];
        return ids[random.Next(ids.Length)];
    }

    private static string Any<T>(Random random)
        where T : struct, Enum
    {
        var codes = Codes<T>.AllCodes.ToArray();
        return codes[random.Next(codes.Length)];
    }

    [GeneratedRegex(@"\p{L}{5,}")]
    private static partial Regex Word();
}

/// <summary>One user of the load: an analyst, national when <paramref name="Board"/> is null.</summary>
internal sealed record LoadUser(string Name, string? Board);

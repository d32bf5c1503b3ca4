using System.Globalization;
using CaseLens.Domain.Identity;
using CaseLens.Domain.Problems;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// The case ids of a file seen so far, each with the line it was first seen on, to refuse a second
/// record of one case. Two ids are one case by <see cref="CaseKey"/>: <c>scr-001</c> and
/// <c>SCR-001</c> clash. Only the ids are kept, so a file of any length streams in flat memory.
/// </summary>
internal sealed class CaseIdRegister
{
    private readonly Dictionary<string, (string Id, long Line)> _first = new(CaseKey.Comparer);

    /// <summary>Records <paramref name="id"/> of <paramref name="line"/>; the problem when its case was seen before, else null.</summary>
    public Problem? Add(string id, long line, string column)
    {
        if (_first.TryAdd(id, (id, line)))
        {
            return null;
        }

        var (firstId, firstLine) = _first[id];
        var message = string.Equals(firstId, id, StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"got \"{id}\"; duplicate case_id, first used on line {firstLine}")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"got \"{id}\"; duplicate case_id: \"{firstId}\" on line {firstLine} is the same case (case ids that differ only in letter case name one case)");
        return new Problem("csv.duplicate_case_id", message, line, column);
    }
}

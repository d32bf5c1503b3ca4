using System.Globalization;
using CaseLens.Application.Cases;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Querying;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseLens.Web.Pages.Cases;

/// <summary>
/// The case list's filters, search, order and page as the URL holds them (so a view can be
/// bookmarked): read from the query string into a <see cref="CaseSearch"/>, every unreadable
/// value a problem beside its field, and written back into links.
/// </summary>
public sealed class CaseListFilters
{
    /// <summary>The query parameters, in the order the form shows them.</summary>
    public static readonly string[] Names = ["q", "study_year", "region", "board", "age_group", "gender", "incident_type", "scr_status", "death_category"];

    private readonly Dictionary<string, string> _values;

    private CaseListFilters(Dictionary<string, string> values, CaseSearch search, IReadOnlyList<Problem> problems)
    {
        _values = values;
        Search = search;
        Problems = problems;
    }

    public CaseSearch Search { get; }

    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The text of a parameter as given (empty when absent).</summary>
    public string this[string name] => _values.GetValueOrDefault(name, string.Empty);

    /// <summary>The filters in force, as (parameter, value) pairs, for the list's summary.</summary>
    public IEnumerable<(string Name, string Value)> Active =>
        Names.Where(n => _values.ContainsKey(n)).Select(n => (n, _values[n]));

    public static CaseListFilters Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Names.Concat(["sort", "desc", "page"]))
        {
            if (query.TryGetValue(name, out var value) && value.ToString().Trim() is { Length: > 0 } text)
            {
                values[name] = text;
            }
        }

        var problems = new List<Problem>();
        StudyYear? year = null;
        if (values.TryGetValue("study_year", out var yearText))
        {
            if (StudyYear.TryParse(yearText, out var parsed))
            {
                year = parsed;
            }
            else
            {
                problems.Add(new Problem("cases.filter.invalid", "Expected a study year such as 2006-07.", Column: "study_year"));
            }
        }

        var search = new CaseSearch
        {
            Filter = new NotificationFilter
            {
                StudyYear = year,
                Region = Code<Region>(values, "region", problems),
                Board = values.GetValueOrDefault("board"),
                IncidentType = Code<IncidentType>(values, "incident_type", problems),
                ScrStatus = Code<ScrStatus>(values, "scr_status", problems),
            },
            AgeGroup = Code<AgeGroup>(values, "age_group", problems),
            Gender = Code<Gender>(values, "gender", problems),
            DeathCategory = Code<DeathCategory>(values, "death_category", problems),
            Words = values.GetValueOrDefault("q"),
            Sort = Code<CaseSort>(values, "sort", problems) ?? CaseSort.CaseId,
            Descending = values.GetValueOrDefault("desc") == "1",
            Page = values.TryGetValue("page", out var page) && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1,
            PageSize = 25,
        };
        return new CaseListFilters(values, search, problems);
    }

    /// <summary>The list's address with these filters and <paramref name="changes"/> (a null value removes a parameter).</summary>
    public string Link(params (string Name, string? Value)[] changes)
    {
        var values = _values.ToDictionary(v => v.Key, string? (v) => v.Value, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        return QueryHelpers.AddQueryString("/cases", values.Where(v => v.Value is not null));
    }

    private static T? Code<T>(Dictionary<string, string> values, string name, List<Problem> problems)
        where T : struct, Enum
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        if (Codes<T>.TryParse(text, out var value))
        {
            return value;
        }

        problems.Add(new Problem("cases.filter.invalid", "Not one of the choices.", Column: name));
        return null;
    }
}

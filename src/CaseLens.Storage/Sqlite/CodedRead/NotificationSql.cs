using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Model;

namespace CaseLens.Storage.Sqlite.CodedRead;

/// <summary>
/// Hand-written SQL for the notifications a filter selects, with the meaning of
/// <see cref="Querying.NotificationQuery.Matching"/>: dates compare as the <c>yyyy-MM-dd</c> text the store
/// holds, codes as their interchange code, the board exactly. Parameters are named <c>@…</c>.
/// </summary>
internal sealed class NotificationSql
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _parameters = [];

    private NotificationSql()
    {
    }

    /// <summary>The statement's text: every column, in <see cref="NotificationTable"/> order, ordered by case id.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>The values to bind, by parameter name (with its <c>@</c>).</summary>
    public IReadOnlyList<(string Name, object Value)> Parameters => _parameters;

    /// <summary>The rows of <paramref name="range"/> that match <paramref name="filter"/>.</summary>
    public static NotificationSql Select(NotificationFilter filter, KeyRange range)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(range);
        var sql = new NotificationSql();
        if (filter.StudyYear is { } year)
        {
            sql.Add("incident_date >= @year_first", "@year_first", year.FirstDay);
            sql.Add("incident_date <= @year_last", "@year_last", year.LastDay);
        }

        if (filter.From is { } from)
        {
            sql.Add("incident_date >= @from_date", "@from_date", from);
        }

        if (filter.To is { } to)
        {
            sql.Add("incident_date <= @to_date", "@to_date", to);
        }

        if (filter.Region is { } region)
        {
            sql.Add("region = @region", "@region", Codes<Region>.Code(region));
        }

        if (filter.Board is { } board)
        {
            sql.Add("board = @board", "@board", board);
        }

        if (filter.IncidentType is { } type)
        {
            sql.Add("incident_type = @incident_type", "@incident_type", Codes<IncidentType>.Code(type));
        }

        if (filter.ScrStatus is { } status)
        {
            sql.Add("scr_status = @scr_status", "@scr_status", Codes<ScrStatus>.Code(status));
        }

        var table = NotificationTable.Instance;
        if (range.From is { } first)
        {
            sql.Add($"{table.KeyColumn} >= @key_from", "@key_from", first);
        }

        if (range.Before is { } before)
        {
            sql.Add($"{table.KeyColumn} < @key_before", "@key_before", before);
        }

        var where = sql._conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", sql._conditions);
        sql.Text = $"SELECT {table.ColumnList} FROM {table.Name}{where} ORDER BY {table.KeyColumn}";
        return sql;
    }

    private void Add(string condition, string name, object value)
    {
        _conditions.Add(condition);
        _parameters.Add((name, value));
    }
}

using System.ComponentModel;
using System.Reflection;
using CaseLens.Domain.Problems;
using Npgsql;

namespace CaseLens.Storage.Locations;

/// <summary>
/// Puts keyword and value pairs into Npgsql's own builder, so that every keyword and alias Npgsql
/// knows is read as Npgsql reads it. An unknown keyword is named only when it is a near miss of a
/// known one (<c>Hots</c> for <c>Host</c>): anything else might be a secret typed in the wrong place.
/// </summary>
internal static class PostgresKeywords
{
    private static readonly Lazy<IReadOnlyList<string>> Known = new(() =>
        [.. typeof(NpgsqlConnectionStringBuilder).GetProperties()
            .Select(p => p.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName)
            .OfType<string>()]);

    public static Result<NpgsqlConnectionStringBuilder> Read(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        var problems = new List<Problem>();
        foreach (var (key, value) in pairs)
        {
            if (!builder.ContainsKey(key))
            {
                problems.Add(Problem(NearMiss(key) is { } known
                    ? $"the connection string has an unknown keyword '{key}' (did you mean '{known}'?)"
                    : "the connection string has a keyword PostgreSQL (Npgsql) does not know (not shown, in case it holds a secret)"));
                continue;
            }

            try
            {
                builder[key] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                problems.Add(Problem($"the value of '{key}' in the connection string is not valid"));
            }
        }

        return problems.Count == 0
            ? Result<NpgsqlConnectionStringBuilder>.Ok(builder)
            : Result<NpgsqlConnectionStringBuilder>.Fail(ProblemKind.Invalid, problems);
    }

    private static Problem Problem(string message) => new(LocationReader.ProblemCode, message);

    /// <summary>The known keyword within two edits of <paramref name="key"/> (spaces and case ignored), if any.</summary>
    private static string? NearMiss(string key)
    {
        var typed = Squeeze(key);
        return typed.Length < 3 ? null : Known.Value.FirstOrDefault(known => EditDistance(Squeeze(known), typed) <= 2);
    }

    private static string Squeeze(string key) => key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}

using System.Data.Common;
using System.Globalization;
using System.Text;
using CaseLens.Domain.Coding;

namespace CaseLens.Storage.Auditing;

/// <summary>
/// Adds audit entries with plain ADO.NET on a connection, inside its open transaction, up to
/// <see cref="RowsPerStatement"/> rows per INSERT. The one writer of audit rows: an import would
/// otherwise start EF (about a second of a small import's time) only to write them. The values are
/// bound as EF binds them, so EF reads them back unchanged (on SQLite a time is the text
/// <c>yyyy-MM-dd HH:mm:ss.FFFFFFFzzz</c>; on PostgreSQL a <c>timestamptz</c>).
/// </summary>
internal sealed class AuditWriter(DbConnection connection, DbTransaction transaction)
{
    /// <summary>The most entries held before they are written.</summary>
    public const int RowsPerStatement = 500;

    private const string Columns = "at, actor, action, entity, case_id, \"before\", \"after\", details";
    private const int Width = 8;
    private readonly List<AuditEntry> _pending = [];

    /// <summary>Holds the entry, and writes the entries held once there are <see cref="RowsPerStatement"/>.</summary>
    public async ValueTask AddAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _pending.Add(entry);
        if (_pending.Count >= RowsPerStatement)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes every entry held, in the order they were added (so their ids rise in that order).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO audit_entries ({Columns}) VALUES ");
        for (var row = 0; row < _pending.Count; row++)
        {
            var entry = _pending[row];
            sql.Append(row == 0 ? "(" : ", (");
            object?[] values = [entry.At.ToUniversalTime(), entry.Actor, Codes<AuditAction>.Code(entry.Action), Codes<AuditedEntity>.Code(entry.Entity), entry.CaseId, entry.Before, entry.After, entry.Details];
            for (var i = 0; i < Width; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@a{(row * Width) + i}");
                sql.Append(i == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = values[i] ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

#pragma warning disable CA2100 // The text is fixed column names and parameter names; every value is a parameter.
        command.CommandText = sql.ToString();
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        _pending.Clear();
    }
}

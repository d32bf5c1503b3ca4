using CaseLens.Storage.Auditing;

namespace CaseLens.Storage.Model;

/// <summary>
/// The stored shape of one kind of case record: its table, its key and its columns in order.
/// The key is always the first column, <c>case_id</c>.
/// </summary>
internal abstract class RecordTable<T>
    where T : class
{
    public abstract string Name { get; }

    public abstract AuditedEntity Entity { get; }

    public abstract IReadOnlyList<RecordColumn<T>> Columns { get; }

    public abstract string KeyOf(T record);

    public string KeyColumn => Columns[0].Name;

    /// <summary>The names of the free-text columns a reader may leave out (see <see cref="Querying.NotificationReadOptions"/>).</summary>
    public virtual IReadOnlySet<string> NarrativeColumns { get; } = new HashSet<string>();

    /// <summary>The column names joined by commas, in order, for hand-written SQL.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}

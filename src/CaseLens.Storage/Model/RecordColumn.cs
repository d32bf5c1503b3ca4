using CaseLens.Domain.Coding;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseLens.Storage.Model;

/// <summary>
/// One stored column of a record: its name, the record property it holds, and how the value is
/// written by the bulk paths (<see cref="Value"/> gives the database value, null when not known).
/// The EF model is built from the same list, so both paths agree by construction.
/// <see cref="Typed"/> gives the same value without boxing, for the SQLite import's binds.
/// </summary>
internal sealed record RecordColumn<T>(
    string Name,
    string Property,
    ColumnKind Kind,
    bool Required,
    Func<T, object?> Value,
    ValueConverter? Converter)
{
    /// <summary>
    /// The value as <see cref="Value"/> gives it, unboxed: a <c>Func&lt;T, string?&gt;</c>,
    /// <c>Func&lt;T, int?&gt;</c>, <c>Func&lt;T, bool?&gt;</c> or <c>Func&lt;T, DateOnly?&gt;</c> by <see cref="Kind"/>.
    /// A million-row import would otherwise box about ten values a row for the collector to sweep.
    /// </summary>
    public required Delegate Typed { get; init; }

    public static RecordColumn<T> Text(string name, string property, Func<T, string?> value, bool required = false) =>
        new(name, property, ColumnKind.Text, required, value, null) { Typed = value };

    public static RecordColumn<T> Integer(string name, string property, Func<T, int?> value) =>
        new(name, property, ColumnKind.Integer, false, r => value(r), null) { Typed = value };

    public static RecordColumn<T> Boolean(string name, string property, Func<T, bool?> value) =>
        new(name, property, ColumnKind.Boolean, false, r => value(r), null) { Typed = value };

    public static RecordColumn<T> Date(string name, string property, Func<T, DateOnly?> value, bool required = false) =>
        new(name, property, ColumnKind.Date, required, r => value(r), null) { Typed = value };

    public static RecordColumn<T> Code<TCode>(string name, string property, Func<T, TCode?> value, bool required = false)
        where TCode : struct, Enum
    {
        Func<T, string?> text = r => value(r) is { } code ? Codes<TCode>.Code(code) : null;
        return new(name, property, ColumnKind.Text, required, text, new CodeConverter<TCode>()) { Typed = text };
    }

    public static RecordColumn<T> Set<TCode>(string name, string property, Func<T, CodeSet<TCode>> value)
        where TCode : struct, Enum
    {
        Func<T, string?> text = r => CodeSetText<TCode>.Of(value(r));
        return new(name, property, ColumnKind.Text, true, text, new CodeSetConverter<TCode>()) { Typed = text };
    }
}

using CaseLens.Domain.Coding;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseLens.Storage.Model;

/// <summary>
/// One stored column of a record: its name, the record property it holds, and how the value is
/// written by the bulk paths (<see cref="Value"/> gives the database value, null when not known).
/// The EF model is built from the same list, so both paths agree by construction.
/// </summary>
internal sealed record RecordColumn<T>(
    string Name,
    string Property,
    ColumnKind Kind,
    bool Required,
    Func<T, object?> Value,
    ValueConverter? Converter)
{
    public static RecordColumn<T> Text(string name, string property, Func<T, string?> value, bool required = false) =>
        new(name, property, ColumnKind.Text, required, value, null);

    public static RecordColumn<T> Integer(string name, string property, Func<T, int?> value) =>
        new(name, property, ColumnKind.Integer, false, r => value(r), null);

    public static RecordColumn<T> Boolean(string name, string property, Func<T, bool?> value) =>
        new(name, property, ColumnKind.Boolean, false, r => value(r), null);

    public static RecordColumn<T> Date(string name, string property, Func<T, DateOnly?> value, bool required = false) =>
        new(name, property, ColumnKind.Date, required, r => value(r), null);

    public static RecordColumn<T> Code<TCode>(string name, string property, Func<T, TCode?> value, bool required = false)
        where TCode : struct, Enum =>
        new(name, property, ColumnKind.Text, required, r => value(r) is { } code ? Codes<TCode>.Code(code) : null, new CodeConverter<TCode>());

    public static RecordColumn<T> Set<TCode>(string name, string property, Func<T, CodeSet<TCode>> value)
        where TCode : struct, Enum =>
        new(name, property, ColumnKind.Text, true, r => CodeSetText<TCode>.Of(value(r)), new CodeSetConverter<TCode>());
}

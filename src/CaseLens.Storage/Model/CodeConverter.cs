using CaseLens.Domain.Coding;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseLens.Storage.Model;

/// <summary>Stores a coded value as its interchange code (for example <c>section_20</c>).</summary>
internal sealed class CodeConverter<T>() : ValueConverter<T, string>(value => Codes<T>.Code(value), code => Parse(code))
    where T : struct, Enum
{
    public static T Parse(string code) => Codes<T>.TryParse(code, out var value)
        ? value
        : throw new InvalidDataException($"The store holds '{code}', which is not a {typeof(T).Name} code.");
}

namespace CaseLens.Domain.Coding;

/// <summary>
/// The code a value is written as in the interchange formats, where it is not simply the
/// member name in snake_case (for example <c>section_20</c>, <c>A1</c> or <c>4</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class CodeAttribute(string code) : Attribute
{
    /// <summary>The code exactly as it appears in a CSV cell.</summary>
    public string Code { get; } = code;
}

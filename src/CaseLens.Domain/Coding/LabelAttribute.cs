namespace CaseLens.Domain.Coding;

/// <summary>The human label of a code, as the seed's tables print it.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string label) : Attribute
{
    public string Label { get; } = label;
}

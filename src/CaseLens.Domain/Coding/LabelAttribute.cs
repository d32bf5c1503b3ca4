namespace CaseLens.Domain.Coding;

/// <summary>The human label of a code, as the seed's tables print it.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string label) : Attribute
{
    /// <summary>The label for people, for example <c>Serious injury</c>.</summary>
    public string Label { get; } = label;
}

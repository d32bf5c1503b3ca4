namespace CaseLens.Analysis.Disclosure;

/// <summary>Whether a published number is shown, and if not, why.</summary>
public enum ItemState
{
    /// <summary>Shown (rounded where the policy rounds).</summary>
    Shown,

    /// <summary>Hidden as a small number (1 to K − 1): primary suppression.</summary>
    Primary,

    /// <summary>Hidden so that a small number cannot be worked out from it: secondary suppression.</summary>
    Secondary,
}

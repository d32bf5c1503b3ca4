using CaseLens.Domain.Notifications;

namespace CaseLens.Storage.Sqlite.CodedRead;

/// <summary>
/// The cases one range of a coded read gave, in order: the first <see cref="InSlots"/> in
/// <see cref="Slots"/> (the part of a shared array set aside for the range), then any in <see cref="More"/>.
/// </summary>
internal sealed record RangeCases(ArraySegment<NotificationCodes> Slots, int InSlots, List<NotificationCodes>? More)
{
    public int Count => InSlots + (More?.Count ?? 0);

    /// <summary>Whether the range filled its slots exactly, so the shared array holds it as it is.</summary>
    public bool FillsSlots => InSlots == Slots.Count && More is null;

    /// <summary>Copies the cases to <paramref name="into"/> and returns how many.</summary>
    public int CopyTo(Span<NotificationCodes> into)
    {
        Slots.AsSpan(0, InSlots).CopyTo(into);
        More?.CopyTo(into[InSlots..]);
        return Count;
    }
}

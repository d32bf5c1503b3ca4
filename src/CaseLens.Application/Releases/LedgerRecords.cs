using System.Text.Json;
using CaseLens.Analysis.Disclosure;
using CaseLens.Storage.Releases;

namespace CaseLens.Application.Releases;

/// <summary>
/// A <see cref="Release"/> as the store's ledger keeps it, and back: the release whole as JSON in the
/// entry's content (its number and time are the ledger's), with the columns a listing shows beside it.
/// </summary>
internal static class LedgerRecords
{
    public static ReleaseEntry Entry(Release release, string actor)
    {
        ArgumentNullException.ThrowIfNull(release);
        return new ReleaseEntry
        {
            Actor = actor,
            DataSetHash = release.DataSetHash,
            Filters = JsonSerializer.Serialize(release.Filters),
            Policy = release.Policy,
            CellsPublished = release.Items.Count(i => i.State == ItemState.Shown),
            Content = JsonSerializer.Serialize(release with { Id = string.Empty }),
        };
    }

    /// <exception cref="InvalidDataException">The entry's content is not a release this version can read.</exception>
    public static Release Release(ReleaseEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var release = Read<Release>(entry, entry.Content);
        return release with { Id = Id(entry), PublishedAt = entry.PublishedAt };
    }

    public static IReadOnlyDictionary<string, string> Filters(ReleaseEntry entry) =>
        Read<Dictionary<string, string>>(entry, entry.Filters);

    /// <summary>How a release is named in messages and listings: its number in the ledger.</summary>
    public static string Id(ReleaseEntry entry) => entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static T Read<T>(ReleaseEntry entry, string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json) ?? throw new InvalidDataException($"Release {Id(entry)} of the ledger is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Release {Id(entry)} of the ledger cannot be read.", e);
        }
    }
}

using CaseLens.Domain.Access;
using CaseLens.Domain.Intensive;
using CaseLens.Storage;
using CaseLens.Storage.Records;

namespace CaseLens.Application.Intensive;

/// <summary>The intensive sample's cases, in case-id order, for a person whose scope covers it; none for anyone else.</summary>
public sealed class ListIntensiveCases(CaseStore store)
{
    private readonly IntensiveCaseRepository _cases = new(store);

    /// <summary>Every case, or none when <paramref name="rights"/> do not open the sample.</summary>
    public async Task<IReadOnlyList<IntensiveCase>> ListAsync(AccessRights rights, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rights);
        if (!rights.SeesIntensiveCases)
        {
            return [];
        }

        var cases = new List<IntensiveCase>();
        await foreach (var item in _cases.StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            cases.Add(item);
        }

        return cases;
    }
}

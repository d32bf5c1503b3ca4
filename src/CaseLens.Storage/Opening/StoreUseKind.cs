namespace CaseLens.Storage.Opening;

/// <summary>The kinds of <see cref="StoreUse"/>.</summary>
public enum StoreUseKind
{
    /// <summary>Reading only.</summary>
    Read,

    /// <summary>Changing data in an existing, up-to-date store.</summary>
    Write,

    /// <summary>Creating or migrating the store, then writing (<c>import</c>, <c>store init</c>).</summary>
    Create,
}

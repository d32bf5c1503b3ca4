using System.ComponentModel.DataAnnotations;

namespace CaseLens.Storage.DependencyInjection;

/// <summary>How a host finds its store (<see cref="CaseStoreServiceCollectionExtensions.AddCaseStore"/>).</summary>
public sealed class CaseStoreOptions
{
    /// <summary>The configuration section these options are usually bound from.</summary>
    public const string Section = "CaseStore";

    /// <summary>
    /// Where the store lives, as the command line's <c>--db</c> reads it (<see cref="StoreLocation.Parse"/>):
    /// a SQLite file path, or a PostgreSQL connection string.
    /// </summary>
    /// <value>Required; there is no default, so that a server never opens <c>caselens.db</c> in
    /// whatever folder it was started from.</value>
    [Required(AllowEmptyStrings = false, ErrorMessage = "CaseStore:Location is required: a SQLite file path or a PostgreSQL connection string.")]
    public string? Location { get; set; }
}

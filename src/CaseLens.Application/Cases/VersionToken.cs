using System.Security.Cryptography;
using System.Text;

namespace CaseLens.Application.Cases;

/// <summary>
/// The token of a record's exact content for optimistic concurrency: SHA-256 of its cells in
/// catalogue order (joined by the unit separator, which no cell holds), in hex. Equal exactly when
/// the records are, so no version column is needed in the store.
/// </summary>
public static class VersionToken
{
    /// <summary>The token of a record written as <paramref name="cells"/>.</summary>
    public static string Of(IEnumerable<string> cells) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', cells))));
}

using System.Security.Cryptography;
using System.Text;

namespace CaseLens.Analysis.Research;

/// <summary>
/// Stable keyed pseudonyms: HMAC-SHA256 of a kind and a value under a key held outside the store, so the
/// same board or case gets the same pseudonym in every extract made with that key, and no one without
/// the key can go back from a pseudonym (or test a guessed board name against it).
/// </summary>
public sealed class Pseudonyms(byte[] key)
{
    private readonly byte[] _key = key ?? throw new ArgumentNullException(nameof(key));

    /// <summary>A board's pseudonym: <c>B</c> and 12 hex digits.</summary>
    public string Board(string board) => "B" + Hex("board", board, 6);

    /// <summary>A case's pseudonym: <c>C</c> and 12 hex digits.</summary>
    public string Case(string caseId) => "C" + Hex("case", caseId, 6);

    /// <summary>The case's date shift in days, from −182 to 182, the same for all of its dates.</summary>
    public int DateShift(string caseId)
    {
        var bytes = Mac("shift", caseId);
        return (int)(BitConverter.ToUInt32(bytes, 0) % 365) - 182;
    }

    private string Hex(string kind, string value, int bytes) => Convert.ToHexStringLower(Mac(kind, value), 0, bytes);

    private byte[] Mac(string kind, string value) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(kind + "\0" + value));
}

using System.Security.Cryptography;
using CaseLens.Application.Importing;

namespace CaseLens.Application.Tests.Importing;

public sealed class HashedReadStreamTests
{
    private static readonly byte[] Bytes = [.. Enumerable.Range(0, 300_000).Select(i => (byte)(i * 31 % 251))];

    [Fact]
    public async Task The_hash_covers_every_byte_whether_read_in_pieces_or_left_unread()
    {
        using var stream = new HashedReadStream(new MemoryStream(Bytes));
        var buffer = new byte[8192];
        _ = stream.Read(buffer, 0, 100);
        _ = await stream.ReadAsync(buffer.AsMemory(0, 5000));
        _ = stream.Read(buffer.AsSpan(0, 1));

        // The rest (almost all of it) is never asked for by the reader.
        stream.Sha256().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Bytes)));
    }

    [Fact]
    public void The_position_follows_the_reader_for_the_progress_bar()
    {
        using var stream = new HashedReadStream(new MemoryStream(Bytes));

        _ = stream.Read(new byte[1234], 0, 1234);

        stream.Position.ShouldBe(1234);
        stream.Length.ShouldBe(Bytes.Length);
        stream.CanSeek.ShouldBeFalse();
    }
}

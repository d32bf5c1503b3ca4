namespace CaseLens.Application.Research;

/// <summary>A pseudonym key read from its file, and whether the file was made just now.</summary>
public sealed record KeyFile(byte[] Key, bool Created);

namespace CaseLens.Application.Importing;

/// <summary>How far an import has got: the bytes of the file read (an estimate, for a progress bar) and the rows read.</summary>
/// <param name="Bytes">The bytes of the file read so far.</param>
/// <param name="Rows">The valid rows read so far.</param>
public readonly record struct ImportProgress(long Bytes, long Rows);

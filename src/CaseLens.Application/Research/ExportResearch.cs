using System.Text;
using CaseLens.Analysis.Research;
using CaseLens.Application.Files;
using CaseLens.Application.Stores;
using CaseLens.Domain.Problems;
using CaseLens.Interchange.Statistics;
using CaseLens.Storage;
using CaseLens.Storage.Opening;
using CaseLens.Storage.Querying;

namespace CaseLens.Application.Research;

/// <summary>
/// Writes a research extract of a store's notifications (<see cref="ResearchExtractBuilder"/>): OUT.csv,
/// with OUT.sps (SPSS and PSPP syntax) and OUT.R beside it, each through <see cref="AtomicFile"/>. The
/// pseudonyms' key is read from (or made in) a file outside the store. Reads the store only.
/// </summary>
public sealed class ExportResearch(TimeProvider time)
{
    /// <summary>The code of a request that cannot be met (the output's name, options that do not suit the level).</summary>
    public const string ProblemCode = "research.invalid";

    /// <summary>Opens the store at <paramref name="address"/> for reading and writes the extract.</summary>
    public async Task<Result<ResearchExportOutcome>> RunAsync(StoreAddress address, ResearchExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = Files(request.Output);
        var problems = new List<string>();
        if (!string.Equals(Path.GetExtension(request.Output), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"'{Path.GetFileName(request.Output)}' is not a .csv file: the extract is OUT.csv, with OUT.sps and OUT.R beside it");
        }

        // Checked with a stand-in key, so that a request refused for its options makes no key file.
        problems.AddRange(Options(request, new byte[32]).Problems());
        if (problems.Count > 0)
        {
            return Result<ResearchExportOutcome>.Fail(ProblemKind.Invalid, problems.Select(p => new Problem(ProblemCode, p)));
        }

        foreach (var file in files)
        {
            if (AtomicFile.Refusal(Path.GetFullPath(file), file) is { } refused)
            {
                return Result<ResearchExportOutcome>.Fail(refused.Kind!.Value, refused.Problems);
            }
        }

        var opened = await StoreOpening.OpenAsync(address.Location, StoreUse.Read, time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<ResearchExportOutcome>.Fail(opened.Kind!.Value, opened.Problems);
        }

        await using var store = opened.Value.Store;
        var key = PseudonymKeyFile.ReadOrCreate(request.KeyFile);
        if (!key.Succeeded)
        {
            return Result<ResearchExportOutcome>.Fail(key.Kind!.Value, key.Problems);
        }

        var notifications = await store.ReadNotificationsAsync(null, NotificationReadOptions.Everything, cancellationToken).ConfigureAwait(false);
        var extract = ResearchExtractBuilder.Build(notifications, Options(request, key.Value.Key));
        var csvName = Path.GetFileName(request.Output);
        var written = await WriteAsync(files[0], request.Mode, stream => StatisticsCsvWriter.Write(extract.Variables, extract.Rows, stream)).ConfigureAwait(false)
            ?? await WriteAsync(files[1], request.Mode, stream => Text(stream, writer => SpssSyntaxWriter.Write(extract.Variables, extract.Rows, csvName, writer))).ConfigureAwait(false)
            ?? await WriteAsync(files[2], request.Mode, stream => Text(stream, writer => RScriptWriter.Write(extract.Variables, csvName, writer))).ConfigureAwait(false);
        return written is null
            ? Result<ResearchExportOutcome>.Ok(new ResearchExportOutcome(extract.Rows.Count, extract.Level, extract.KAnonymity, extract.Generalised, files, key.Value.Created))
            : Result<ResearchExportOutcome>.Fail(written.Kind!.Value, written.Problems);
    }

    /// <summary>OUT.csv, OUT.sps and OUT.R.</summary>
    public static IReadOnlyList<string> Files(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return [output, Path.ChangeExtension(output, ".sps"), Path.ChangeExtension(output, ".R")];
    }

    private static ExtractOptions Options(ResearchExportRequest request, byte[] key) => new()
    {
        Level = request.Level,
        Key = key,
        Dates = request.Dates,
        AgeInMonths = request.AgeInMonths,
        OutlineReviewer = request.OutlineReviewer,
        K = request.K,
        Generalise = request.Generalise,
    };

    private static async Task<Result?> WriteAsync(string path, UnixFileMode mode, Action<Stream> write)
    {
        var result = await AtomicFile.WriteAsync(path, mode, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        }).ConfigureAwait(false);
        return result.Succeeded ? null : result;
    }

    private static void Text(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        write(writer);
    }
}

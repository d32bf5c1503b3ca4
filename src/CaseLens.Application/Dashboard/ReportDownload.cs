using CaseLens.Domain.Access;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Reporting;
using CaseLens.Storage;

namespace CaseLens.Application.Dashboard;

/// <summary>A report file ready to send: its bytes, media type and file name.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The whole report, in any format, for a signed-in person: their scope, the filter, and the
/// suppression threshold asked for, never below 6 for a reader (<see cref="ScopedReport"/>).
/// </summary>
public sealed class ReportDownload(CaseStore store, TimeProvider time)
{
    /// <summary>The formats by the name a request gives (the file extension: <c>docx</c>, <c>xlsx</c>, <c>html</c>, <c>json</c>, <c>csv</c>).</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. Enum.GetValues<ReportFormat>().Select(ReportWriter.Extension)];

    /// <summary>The report as <paramref name="format"/> (one of <see cref="Formats"/>); Invalid when the format is unknown or the board asked is outside the scope.</summary>
    public async Task<Result<ReportFile>> WriteAsync(AccessRights rights, NotificationFilter filter, string format, int? suppressBelow, CancellationToken cancellationToken = default)
    {
        if (Enum.GetValues<ReportFormat>().Where(f => ReportWriter.Extension(f) == format).Select(f => (ReportFormat?)f).FirstOrDefault() is not { } chosen)
        {
            return Result<ReportFile>.Fail(ProblemKind.Invalid, new Problem("report.format", "Choose one of the formats.", Column: "format"));
        }

        var built = await ScopedReport.BuildAsync(store, time, rights, filter, suppressBelow, cancellationToken).ConfigureAwait(false);
        if (!built.Succeeded)
        {
            return Result<ReportFile>.Fail(built.Kind!.Value, built.Problems);
        }

        using var buffer = new MemoryStream();
        ReportWriter.Write(built.Value.Report, chosen, buffer);
        return Result<ReportFile>.Ok(new ReportFile(buffer.ToArray(), ReportWriter.ContentType(chosen), "caselens-report." + format));
    }
}

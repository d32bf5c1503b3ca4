using CaseLens.Application.Importing;

namespace CaseLens.Application.Uploads;

/// <summary>A valid upload waiting for confirmation: its token, what it holds and how it will be imported.</summary>
/// <param name="Token">What the confirmation gives back.</param>
/// <param name="FileName">The name it was uploaded under (as the audit trail will record it).</param>
/// <param name="Kind">Notifications or the intensive sample.</param>
/// <param name="Summary">"477 notifications (464 counted, 13 excluded)".</param>
/// <param name="Update">Whether stored cases with the file's ids will be replaced.</param>
/// <param name="Expires">When it is deleted unconfirmed.</param>
public sealed record CheckedUpload(string Token, string FileName, DataKind Kind, string Summary, bool Update, DateTimeOffset Expires);

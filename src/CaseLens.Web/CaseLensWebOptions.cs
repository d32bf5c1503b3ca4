using System.ComponentModel.DataAnnotations;

namespace CaseLens.Web;

/// <summary>How the web application is started (<c>caselens serve</c> fills these from its options).</summary>
public sealed class CaseLensWebOptions
{
    /// <summary>The store, as <c>--db</c> takes it: a SQLite file path or a PostgreSQL connection string. The default is <c>caselens.db</c>.</summary>
    public string? Database { get; set; }

    /// <summary>Where Kestrel listens (<c>--urls</c>, ';'-separated). The default is ASP.NET Core's, <c>http://localhost:5000</c>.</summary>
    public string? Urls { get; set; }

    /// <summary>
    /// How long a session lasts without a request; each request renews it (sliding). The default is
    /// 30 minutes; at least 1 minute, at most 12 hours.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The clock of sessions and audit stamps. The default is the system clock.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;
}

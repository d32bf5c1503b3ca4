using System.CommandLine;

namespace CaseLens.Cli.Commands;

/// <summary>The options several commands share, made afresh for each command that takes them.</summary>
internal static class CommonOptions
{
    /// <summary>The default store: a SQLite file in the current directory.</summary>
    public const string DefaultDatabase = "caselens.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The store: a SQLite file path, or a PostgreSQL connection string (Host=…;Database=…;Username=…). "
            + "The default is caselens.db in the current directory.",
        HelpName = "CONNECTION",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<string> Actor() => new("--actor")
    {
        Description = "The name recorded in the audit log for this change. The default is the operating-system user name.",
        HelpName = "NAME",
        DefaultValueFactory = _ => Environment.UserName,
    };

    /// <summary>Whether to print the full exception on an unexpected failure; on every command.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print full details (stack trace) of an unexpected failure.",
        Recursive = true,
    };
}

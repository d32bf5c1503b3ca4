using System.CommandLine;
using CaseLens.Application.Files;
using CaseLens.Application.Stores;
using CaseLens.Cli.Hosting;

namespace CaseLens.Cli.Commands;

/// <summary>The options several commands share, made afresh for each command that takes them.</summary>
internal static class CommonOptions
{
    /// <summary>The default store: a SQLite file in the current directory.</summary>
    public const string DefaultDatabase = StoreAddress.DefaultFile;

    public static Option<StoreAddress> Database() => new("--db")
    {
        Description = "The store: a SQLite file path, or a PostgreSQL connection string (Host=…;Database=…;Username=…) or URL "
            + "(postgresql://user@host/database). The default is caselens.db in the current directory. Keep a password out of it "
            + $"with --db-password-file or the {DatabaseArgument.PasswordVariable} environment variable.",
        HelpName = "DB",
        CustomParser = result => DatabaseArgument.Read(result, result.Tokens[^1].Value),
        // Null only with a parse error recorded, when no command runs.
        DefaultValueFactory = result => DatabaseArgument.Read(result, DefaultDatabase)!,
    };

    /// <summary>A file whose first line is the PostgreSQL password; on every command.</summary>
    public static Option<FileInfo?> DatabasePasswordFile { get; } = new("--db-password-file")
    {
        Description = "A file whose first line is the PostgreSQL password for --db (kept out of the argument list). "
            + $"Without it, a connection string with no password takes the {DatabaseArgument.PasswordVariable} environment variable.",
        HelpName = "FILE",
        Recursive = true,
    };

    /// <summary>The permissions of the files a command creates; 0600 by default.</summary>
    public static Option<UnixFileMode> FileMode() => new("--mode")
    {
        Description = "The permissions of the file this command creates, in octal. The default is 0600 (only you can read it); "
            + "0640 or 0644 let your group or everyone read it.",
        HelpName = "MODE",
        CustomParser = result =>
        {
            var mode = FilePermissions.Parse(result.Tokens[^1].Value);
            if (!mode.Succeeded)
            {
                result.AddError($"--mode: {mode.Problems[0].Message}");
                return default;
            }

            return mode.Value;
        },
        DefaultValueFactory = _ => FilePermissions.OwnerOnly,
    };

    public static Option<string> Actor() => new("--actor")
    {
        Description = "The name recorded in the audit log for this change. The default is the operating-system user name.",
        HelpName = "NAME",
        DefaultValueFactory = _ => Environment.UserName,
    };

    /// <summary>How many rows a listing shows at most; the default is 50.</summary>
    public static Option<int> Limit(string description)
    {
        var limit = new Option<int>("--limit")
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => 50,
        };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--limit must be 0 or more.");
            }
        });
        return limit;
    }

    /// <summary>Whether to print the full exception on an unexpected failure; on every command.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print full details (stack trace) of an unexpected failure.",
        Recursive = true,
    };
}

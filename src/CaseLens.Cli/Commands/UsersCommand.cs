using System.CommandLine;
using CaseLens.Application.Accounts;
using CaseLens.Application.Users;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Access;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens users add NAME --role R [--boards "B1;B2"] --password-file FILE</c>: makes an account
/// of the web application. This is how the first administrator comes to be: there is no default
/// account or password. The password is read from a file (never the command line, which other
/// users of the machine can see) and never printed.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var users = new DocumentedCommand("users",
            "Manage the accounts people sign in to the web application with (caselens serve).",
            "caselens users add alice --role administrator --password-file alice.pw");
        users.Subcommands.Add(CreateAdd(context));
        return users;
    }

    private static DocumentedCommand CreateAdd(CliContext context)
    {
        var db = CommonOptions.Database();
        var name = new Argument<string>("NAME") { Description = "The user name to sign in with (letters, digits and - . _ @ +)." };
        var role = new Option<string>("--role") { Description = "What the account may do.", Required = true, HelpName = "ROLE" };
        role.AcceptOnlyFromAmong([.. Codes<Role>.AllCodes]);
        var boards = new Option<string?>("--boards")
        {
            Description = "The boards whose cases the account may see, separated by ';'. Without it the scope is national (every board).",
            HelpName = "B1;B2",
        };
        var passwordFile = new Option<FileInfo>("--password-file")
        {
            Description = $"A file holding the first password (one line; at least {AccountRules.MinimumPasswordLength} characters, not containing the name).",
            Required = true,
            HelpName = "FILE",
        };
        var command = new DocumentedCommand("add",
            "Add an account with its role and scope. The first administrator is made this way.",
            "caselens users add alice --role administrator --password-file alice.pw",
            "caselens users add bob --role analyst --boards \"Board A;Board B\" --password-file bob.pw")
        {
            name, role, boards, passwordFile, db,
        };
        command.SetHandler(context, async (parse, token) =>
        {
            Codes<Role>.TryParse(parse.GetRequiredValue(role), out var chosen);
            if (Scope.Parse(parse.GetValue(boards)) is not { } scope)
            {
                return Invalid("--boards: a board name is blank; separate board names with ';' as in \"Board A;Board B\".");
            }

            if (ReadPassword(parse.GetRequiredValue(passwordFile)) is not { } password)
            {
                return Invalid($"--password-file: cannot read '{parse.GetRequiredValue(passwordFile).Name}', or it is empty.");
            }

            var account = new NewAccount(parse.GetRequiredValue(name), chosen, scope, password);
            var added = await AccountAdding.AddAsync(parse.GetRequiredValue(db), account, context.Time, token).ConfigureAwait(false);
            if (!added.Succeeded)
            {
                return added;
            }

            await context.Out.WriteLineAsync($"Added user {account.Name}: {Codes<Role>.Code(chosen)}, {scope}.").ConfigureAwait(false);
            return Result.Success;
        });
        return command;
    }

    private static Result Invalid(string message) => Result.Fail(ProblemKind.Invalid, new Problem("cli.users", message));

    /// <summary>The file's text without its line ending; null when it cannot be read or holds nothing.</summary>
    private static string? ReadPassword(FileInfo file)
    {
        try
        {
            var text = File.ReadAllText(file.FullName).TrimEnd('\r', '\n');
            return text.Length == 0 ? null : text;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

using System.CommandLine.Parsing;
using CaseLens.Application.Files;
using CaseLens.Application.Stores;
using CaseLens.Cli.Commands;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// Reads <c>--db</c> once, while the command line is parsed, into a <see cref="StoreAddress"/>
/// with the password from <c>--db-password-file</c> or the environment. A refused value is a parse
/// error: exit 2, with a message that quotes no value of it.
/// </summary>
internal static class DatabaseArgument
{
    /// <summary>The environment variable a PostgreSQL connection string without a password takes it from.</summary>
    public const string PasswordVariable = "CASELENS_DB_PASSWORD";

    public static StoreAddress? Read(ArgumentResult result, string text)
    {
        string? password = null;
        if (result.GetValue(CommonOptions.DatabasePasswordFile) is { } file)
        {
            var secret = SecretFile.Read(file.FullName);
            if (!secret.Succeeded)
            {
                result.AddError(secret.Problems[0].Message);
                return null;
            }

            password = secret.Value;
        }

        var location = StoreAddress.Read(text, password, Environment.GetEnvironmentVariable(PasswordVariable));
        if (!location.Succeeded)
        {
            foreach (var problem in location.Problems)
            {
                result.AddError($"--db: {problem.Message}");
            }

            return null;
        }

        return location.Value;
    }
}

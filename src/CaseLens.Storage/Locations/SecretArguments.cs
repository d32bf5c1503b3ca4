using System.Text.RegularExpressions;

namespace CaseLens.Storage.Locations;

/// <summary>
/// Keeps passwords out of messages that quote command-line arguments (a parser's "unrecognised
/// argument 'Password=…'", after a connection string was split by the shell). When any argument
/// carries a password, every argument quoted in the message is hidden, since a password with a
/// space in it reaches the parser as several arguments.
/// </summary>
public static partial class SecretArguments
{
    /// <summary>Whether <paramref name="argument"/> holds a password: a password keyword (any alias) or a URL with one.</summary>
    public static bool CarriesSecret(string argument) => PasswordKeyword().IsMatch(argument) || UrlPassword().IsMatch(argument);

    /// <summary><paramref name="message"/> with the arguments hidden when any of them carries a password.</summary>
    public static string Redact(string message, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!arguments.Any(CarriesSecret))
        {
            return message;
        }

        foreach (var argument in arguments.Where(a => a.Length > 0).OrderByDescending(a => a.Length))
        {
            message = message.Replace($"'{argument}'", "'(not shown)'", StringComparison.Ordinal);
            if (CarriesSecret(argument))
            {
                message = message.Replace(argument, "(not shown)", StringComparison.Ordinal);
            }
        }

        return message;
    }

    [GeneratedRegex(@"(^|;|[?&])\s*(password|pwd|psw)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordKeyword();

    [GeneratedRegex(@"^\s*postgres(ql)?://[^/@?]*:[^/@?]*@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPassword();
}

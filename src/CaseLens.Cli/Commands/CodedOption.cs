using System.CommandLine;
using CaseLens.Domain.Coding;

namespace CaseLens.Cli.Commands;

/// <summary>An option whose value is one code of the interchange formats (for example <c>london</c>).</summary>
internal static class CodedOption
{
    public static Option<T?> Create<T>(string name, string description)
        where T : struct, Enum
    {
        var option = new Option<T?>(name)
        {
            Description = $"{description} One of: {string.Join(", ", Codes<T>.AllCodes)}.",
            HelpName = "CODE",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
                if (Codes<T>.TryParse(text, out var value))
                {
                    return value;
                }

                result.AddError($"{name}: '{text}' is not a code; expected one of {string.Join(", ", Codes<T>.AllCodes)}.");
                return null;
            },
        };
        option.CompletionSources.Add(Codes<T>.AllCodes.ToArray());
        return option;
    }
}

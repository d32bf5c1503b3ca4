using CaseLens.Fuzz;
using SharpFuzz;

// caselens-fuzz TARGET            under libFuzzer (scripts/fuzz.sh): the driver feeds the inputs
// caselens-fuzz TARGET FILE...    alone: runs each file once, to replay a crash
if (args.Length == 0 || FuzzTarget.Find(args[0]) is not { } target)
{
    await Console.Error.WriteLineAsync($"usage: caselens-fuzz {string.Join('|', FuzzTarget.Names)} [FILE...]").ConfigureAwait(false);
    return 2;
}

if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
    {
        target(await File.ReadAllBytesAsync(file).ConfigureAwait(false));
    }

    return 0;
}

Fuzzer.LibFuzzer.Run(span => target(span.ToArray()));
return 0;

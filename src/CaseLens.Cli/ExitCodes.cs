namespace CaseLens.Cli;

/// <summary>The process exit codes of <c>caselens</c>, part of its stable contract.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Any failure other than invalid input: a missing file, an unreachable database, a bug.</summary>
    public const int Failure = 1;

    /// <summary>The input was invalid; every problem was listed on standard error and nothing was written.</summary>
    public const int InvalidInput = 2;
}

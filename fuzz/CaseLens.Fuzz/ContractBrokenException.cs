namespace CaseLens.Fuzz;

/// <summary>A reader answered in a way its contract rules out: a crash for the fuzzer, like any exception.</summary>
internal sealed class ContractBrokenException(string message) : Exception(message);

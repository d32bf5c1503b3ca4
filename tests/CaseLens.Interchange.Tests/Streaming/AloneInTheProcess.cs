namespace CaseLens.Interchange.Tests.Streaming;

/// <summary>
/// Tests that measure the process's managed heap. They run after every other test of the assembly,
/// never beside one: another class allocating meanwhile shows up in <see cref="GC.GetTotalMemory(bool)"/>
/// and made the flat-memory check fail now and then for memory that was not the reader's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneInTheProcess
{
    public const string Name = "Measures the process's memory, alone";
}

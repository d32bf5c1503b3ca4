using CaseLens.Domain.Intensive;

namespace CaseLens.Storage.Model;

/// <summary>The <c>intensive_cases</c> table (<see cref="IntensiveCaseTable"/>).</summary>
internal sealed class IntensiveCaseConfiguration() : RecordTableConfiguration<IntensiveCase>(IntensiveCaseTable.Instance);

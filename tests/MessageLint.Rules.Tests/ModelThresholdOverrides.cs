namespace MessageLint.Rules.Tests;

/// <summary>Tests that replace the shipped model thresholds process-wide; they run alone, never beside other tests.</summary>
[CollectionDefinition(nameof(ModelThresholdOverrides), DisableParallelization = true)]
public sealed class ModelThresholdOverrides;

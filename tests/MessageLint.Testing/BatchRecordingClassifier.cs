using System.Collections.Concurrent;
using MessageLint.Core.Classification;

namespace MessageLint.Testing;

/// <summary>
/// A stand-in model that scores nothing but keeps the sentences of each call: the engine calls it once per batch,
/// so a test can tell exactly which drafts a pipeline checked together.
/// </summary>
public sealed class BatchRecordingClassifier : ISentenceClassifier
{
    private static readonly string[] LabelNames = ["complaint"];

    /// <summary>The sentences of every call, one list a call.</summary>
    public ConcurrentQueue<IReadOnlyList<string>> Batches { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Labels => LabelNames;

    /// <inheritdoc />
    public IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        Batches.Enqueue([.. sentences]);
        return [.. sentences.Select(_ => new SentenceScores(LabelNames, [0f]))];
    }
}

namespace MessageLint.Core.Classification;

/// <summary>
/// A model that gives each sentence a probability per corpus label ("complaint-about-client", …).
/// Core defines only this contract, so the engine runs with or without a model and Core stays free
/// of ML.NET. Implementations must be thread-safe; the engine calls them with whole batches. The list
/// returned may work a sentence's scores out when they are first read (rules read them only as evidence
/// for what they found), so it must be safe to read from several threads at once.
/// </summary>
public interface ISentenceClassifier
{
    /// <summary>The labels the model scores.</summary>
    IReadOnlyList<string> Labels { get; }

    /// <summary>Scores a batch of sentence texts; the result has one entry per input, in order.</summary>
    IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences);

    /// <summary>
    /// Scores a batch of sentences, each read in its paragraph: <paramref name="paragraphs"/>[i] is the text of
    /// sentence i's paragraph (<see cref="ParagraphTexts"/>; the sentence's own string when it stands alone).
    /// A model that reads sentences alone ignores the paragraphs, which is what this default does.
    /// </summary>
    IReadOnlyList<SentenceScores> Score(IReadOnlyList<string> sentences, IReadOnlyList<string> paragraphs) => Score(sentences);
}

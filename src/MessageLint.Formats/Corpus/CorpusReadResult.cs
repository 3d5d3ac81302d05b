using MessageLint.Core.Evaluation;

namespace MessageLint.Formats.Corpus;

/// <summary>The items read from a corpus and the lines that could not be read.</summary>
public sealed record CorpusReadResult(IReadOnlyList<LabelledMessage> Items, IReadOnlyList<RunProblem> Problems);

namespace MessageLint.Classifier.Featurization;

/// <summary>A word of folded text, by position, so matching allocates no strings.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="IsPrefix">True for a lexicon word written with a trailing <c>~</c>.</param>
internal readonly record struct Word(int Start, int Length, bool IsPrefix);

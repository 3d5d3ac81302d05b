namespace MessageLint.Core.Lexicons;

/// <summary>A lexicon entry found in a sentence's prose: where it is and what matched.</summary>
/// <param name="Index">Index into the sentence's prose.</param>
/// <param name="Length">Length of the match.</param>
/// <param name="Value">The matched text as written in the draft.</param>
public readonly record struct LexiconMatch(int Index, int Length, string Value);

using MessageLint.Core.Lexicons;

namespace MessageLint.Rules.Infrastructure;

/// <summary>
/// The one or two lexicons a sentence is searched with (<see cref="RuleLanguage.LexiconsFor"/>), as a
/// value with a struct enumerator: rules ask for them for every sentence, and an iterator object per
/// call was the largest single source of garbage in a large audit.
/// </summary>
public readonly struct SentenceLexicons
{
    private readonly Lexicon _primary;
    private readonly Lexicon? _secondary;

    /// <summary>The sentence's own language's lexicon and, for a sentence that mixes scripts, the other one.</summary>
    public SentenceLexicons(Lexicon primary, Lexicon? secondary)
    {
        _primary = primary;
        _secondary = secondary;
    }

    /// <summary>Enumerates the primary lexicon, then the secondary one when there is one.</summary>
    public Enumerator GetEnumerator() => new(_primary, _secondary);

    /// <summary>Walks one or two lexicons without allocating.</summary>
    public struct Enumerator
    {
        private readonly Lexicon _primary;
        private readonly Lexicon? _secondary;
        private int _position;

        internal Enumerator(Lexicon primary, Lexicon? secondary)
        {
            _primary = primary;
            _secondary = secondary;
            _position = -1;
        }

        /// <summary>The current lexicon.</summary>
        public readonly Lexicon Current => _position == 0 ? _primary : _secondary!;

        /// <summary>Moves to the next lexicon.</summary>
        public bool MoveNext()
        {
            _position++;
            return _position == 0 || (_position == 1 && _secondary is not null);
        }
    }
}

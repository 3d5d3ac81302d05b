namespace MessageLint.Classifier.Featurization;

/// <summary>
/// The fitted ML.NET text featurizer, re-implemented for prediction. ML.NET's row-by-row IDataView
/// machinery costs tens of microseconds a sentence, more than every rule together; this does the
/// same arithmetic — punctuation dropped and invariant lower case (TextNormalizer), words split on
/// spaces, characters framed by the ␂/␃ markers, word and character n-grams of every length counted
/// against the vocabulary read back from the featurizer's slot names, each part L2-normalised —
/// without allocating. Training and evaluation keep ML.NET; a test checks that both give the same
/// features for every corpus text and for random Unicode.
/// </summary>
public sealed class CompiledFeaturizer
{
    private const string CharPrefix = "Char.";
    private const string WordPrefix = "Word.";
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';
    private const char ControlPictureBase = '\u2400';

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _charNgrams;
    private readonly PackedNgramTable? _packedCharNgrams;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordNgrams;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly double[]? _slotWeights;

    private CompiledFeaturizer(Dictionary<string, int> charNgrams, Dictionary<string, int> wordNgrams, int featureCount, int charNgramLength, int wordNgramLength, int unreadableSlots, double[]? slotWeights)
    {
        _slotWeights = slotWeights;
        var prefixes = charNgrams.GetAlternateLookup<ReadOnlySpan<char>>();
        CharNgramsArePrefixClosed = charNgrams.Keys.All(ngram => ngram.Length == 1 || prefixes.ContainsKey(ngram.AsSpan(0, ngram.Length - 1)));
        _packedCharNgrams = PackedNgramTable.CanHold(charNgrams.Keys) ? new PackedNgramTable(charNgrams) : null;
        _charNgrams = charNgrams.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordNgrams = wordNgrams.GetAlternateLookup<ReadOnlySpan<char>>();
        FeatureCount = featureCount;
        CharNgramLength = charNgramLength;
        WordNgramLength = wordNgramLength;
        UnreadableSlots = unreadableSlots;
    }

    /// <summary>The length of the feature vector (the ML.NET featurizer's slot count).</summary>
    public int FeatureCount { get; }

    /// <summary>
    /// True when every character n-gram's prefix is in the vocabulary too — so when a prefix is
    /// missing, no longer n-gram from the same position can be there and the search stops early.
    /// It holds whenever the vocabulary limit did not cut a length (every n-gram seen in training
    /// has its prefix seen as often); it is checked, not assumed.
    /// </summary>
    public bool CharNgramsArePrefixClosed { get; }

    /// <summary>Longest character n-gram in the vocabulary.</summary>
    public int CharNgramLength { get; }

    /// <summary>Longest word n-gram in the vocabulary.</summary>
    public int WordNgramLength { get; }

    /// <summary>
    /// Slots whose names could not be read back unambiguously (a model trained before the
    /// preprocessor mapped such characters away). Those n-grams can never be produced here, so a
    /// model with any is scored by ML.NET instead.
    /// </summary>
    public int UnreadableSlots { get; }

    /// <summary>
    /// Builds the featurizer from the slot names of the ML.NET "Features" column, in slot order, and
    /// for a TF-IDF featurizer the IDF of each part's n-grams (n-gram id i is that part's i-th slot).
    /// </summary>
    public static CompiledFeaturizer FromSlotNames(IReadOnlyList<string> slotNames, NgramWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(slotNames);
        weights ??= NgramWeights.TermFrequency;
        var slotWeights = weights.IsTfIdf ? new double[slotNames.Count] : null;
        var charIndex = 0;
        var wordIndex = 0;
        var charNgrams = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordNgrams = new Dictionary<string, int>(StringComparer.Ordinal);
        var charLength = 0;
        var wordLength = 0;
        var unreadable = 0;
        for (var slot = 0; slot < slotNames.Count; slot++)
        {
            var name = slotNames[slot];
            if (slotWeights is not null)
            {
                var isChar = name.StartsWith(CharPrefix, StringComparison.Ordinal);
                var (idf, index) = isChar ? (weights.CharIdf, charIndex++) : (weights.WordIdf, wordIndex++);
                slotWeights[slot] = index < idf.Length ? idf[index] : 0;
            }

            if (name.StartsWith(CharPrefix, StringComparison.Ordinal) && TryReadCharNgram(name.AsSpan(CharPrefix.Length), out var chars) && charNgrams.TryAdd(chars, slot))
            {
                charLength = Math.Max(charLength, chars.Length);
            }
            else if (name.StartsWith(WordPrefix, StringComparison.Ordinal) && TryReadWordNgram(name[WordPrefix.Length..], out var words, out var count) && wordNgrams.TryAdd(words, slot))
            {
                wordLength = Math.Max(wordLength, count);
            }
            else
            {
                unreadable++;
            }
        }

        return new CompiledFeaturizer(charNgrams, wordNgrams, slotNames.Count, charLength, wordLength, unreadable, slotWeights);
    }

    /// <summary>
    /// Features of text already passed through <see cref="TextPreprocessor.Prepare"/>: fills
    /// <paramref name="slots"/> and <paramref name="values"/> (cleared first) with the non-zero slots.
    /// </summary>
    public void Featurize(string prepared, List<int> slots, List<float> values)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(values);
        slots.Clear();
        values.Clear();
        var scratch = CountInto(prepared);
        scratch.Emit(slots, values, _slotWeights);
    }

    /// <summary>
    /// Counts the n-grams of text already passed through <see cref="TextPreprocessor.Prepare"/> into
    /// the calling thread's scratch space — the same features as <see cref="Featurize"/> before weighting
    /// and normalisation — for a scorer that reads them in place.
    /// </summary>
    public FeatureCounts Count(string prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        return new FeatureCounts(CountInto(prepared));
    }

    /// <summary>The TF-IDF weight of a slot's n-gram (1 for a term-frequency featurizer).</summary>
    public double SlotWeight(int slot) => _slotWeights is null ? 1 : _slotWeights[slot];

    private Scratch CountInto(string prepared)
    {
        var scratch = t_scratch ??= new Scratch();
        scratch.Reset(prepared.Length, FeatureCount);
        scratch.Clear();
        var normalized = Normalize(prepared, scratch.Normalized);
        if (normalized.Length == 0)
        {
            return scratch;
        }

        // Character n-grams over ␂text␃; every character is one token, so an n-gram is a slice.
        var framed = scratch.Framed;
        framed[0] = StartMarker;
        normalized.CopyTo(framed.AsSpan(1));
        framed[normalized.Length + 1] = EndMarker;
        var framedSpan = framed.AsSpan(0, normalized.Length + 2);
        for (var start = 0; start < framedSpan.Length; start++)
        {
            var longest = Math.Min(CharNgramLength, framedSpan.Length - start);
            var key = 0UL;
            for (var length = 1; length <= longest; length++)
            {
                int slot;
                if (_packedCharNgrams is not null)
                {
                    key = PackedNgramTable.Extend(key, framedSpan[start + length - 1], length - 1);
                    slot = _packedCharNgrams.Find(key);
                }
                else if (!_charNgrams.TryGetValue(framedSpan.Slice(start, length), out slot))
                {
                    slot = -1;
                }

                if (slot >= 0)
                {
                    scratch.CountChar(slot);
                }
                else if (CharNgramsArePrefixClosed)
                {
                    break;
                }
            }
        }

        // Word n-grams: tokens split on spaces, rejoined with single spaces so an n-gram is a slice.
        var joined = scratch.Joined;
        var tokenStarts = scratch.TokenStarts;
        var tokenEnds = scratch.TokenEnds;
        var tokens = 0;
        var position = 0;
        var index = 0;
        while (index < normalized.Length)
        {
            while (index < normalized.Length && normalized[index] == ' ')
            {
                index++;
            }

            var begin = index;
            while (index < normalized.Length && normalized[index] != ' ')
            {
                index++;
            }

            if (index > begin)
            {
                if (tokens > 0)
                {
                    joined[position++] = ' ';
                }

                tokenStarts[tokens] = position;
                normalized[begin..index].CopyTo(joined.AsSpan(position));
                position += index - begin;
                tokenEnds[tokens++] = position;
            }
        }

        for (var first = 0; first < tokens; first++)
        {
            var longest = Math.Min(WordNgramLength, tokens - first);
            for (var length = 1; length <= longest; length++)
            {
                var from = tokenStarts[first];
                if (_wordNgrams.TryGetValue(joined.AsSpan(from, tokenEnds[first + length - 1] - from), out var slot))
                {
                    scratch.CountWord(slot);
                }
            }
        }

        return scratch;
    }

    /// <summary>ML.NET's TextNormalizer with the settings of <see cref="TextFeaturizer"/>: punctuation dropped, invariant lower case.</summary>
    private static ReadOnlySpan<char> Normalize(string text, char[] destination)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsPunctuation(c))
            {
                destination[length++] = char.ToLowerInvariant(c);
            }
        }

        return destination.AsSpan(0, length);
    }

    /// <summary>Reads "a|b|&lt;␠&gt;" back to "ab ": each token is one character or a control picture in angle brackets.</summary>
    private static bool TryReadCharNgram(ReadOnlySpan<char> name, out string ngram)
    {
        Span<char> buffer = stackalloc char[16];
        var length = 0;
        var i = 0;
        ngram = string.Empty;
        while (i < name.Length)
        {
            if (length == buffer.Length)
            {
                return false;
            }

            char token;
            if (name[i] == '<' && i + 2 < name.Length && name[i + 2] == '>' && name[i + 1] is >= ControlPictureBase and <= (char)(ControlPictureBase + 0x20))
            {
                token = (char)(name[i + 1] - ControlPictureBase);
                i += 3;
            }
            else if (char.IsSurrogate(name[i]) || name[i] == '\\')
            {
                // ML.NET names both halves of every surrogate pair "\u4X": ambiguous, never produced after Prepare.
                return false;
            }
            else
            {
                token = name[i];
                i++;
            }

            buffer[length++] = token;
            if (i < name.Length)
            {
                if (name[i] != '|')
                {
                    return false;
                }

                i++;
            }
        }

        ngram = new string(buffer[..length]);
        return length > 0;
    }

    /// <summary>Reads "как|дела" back to "как дела".</summary>
    private static bool TryReadWordNgram(string name, out string ngram, out int count)
    {
        var words = name.Split('|');
        count = words.Length;
        ngram = string.Join(' ', words);
        return words.All(w => w.Length > 0 && !w.Contains(' ', StringComparison.Ordinal));
    }

    /// <summary>Per-thread buffers and counters, so featurizing allocates nothing once warm.</summary>
    internal sealed class Scratch
    {
        private readonly List<int> _touchedChars = [];
        private readonly List<int> _touchedWords = [];
        private int[] _counts = [];

        /// <summary>The character n-gram slots counted since the last clear.</summary>
        public List<int> TouchedChars => _touchedChars;

        /// <summary>The word n-gram slots counted since the last clear.</summary>
        public List<int> TouchedWords => _touchedWords;

        /// <summary>The count of every slot (zero for untouched ones).</summary>
        public int[] Counts => _counts;

        public char[] Normalized { get; private set; } = new char[256];

        public char[] Framed { get; private set; } = new char[258];

        public char[] Joined { get; private set; } = new char[256];

        public int[] TokenStarts { get; private set; } = new int[129];

        public int[] TokenEnds { get; private set; } = new int[129];

        public void Reset(int textLength, int featureCount)
        {
            if (Normalized.Length < textLength)
            {
                var size = Math.Max(textLength, Normalized.Length * 2);
                Normalized = new char[size];
                Framed = new char[size + 2];
                Joined = new char[size];
                TokenStarts = new int[(size / 2) + 1];
                TokenEnds = new int[(size / 2) + 1];
            }

            if (_counts.Length < featureCount)
            {
                _counts = new int[featureCount];
            }
        }

        public void CountChar(int slot)
        {
            if (_counts[slot]++ == 0)
            {
                _touchedChars.Add(slot);
            }
        }

        public void CountWord(int slot)
        {
            if (_counts[slot]++ == 0)
            {
                _touchedWords.Add(slot);
            }
        }

        /// <summary>Zeroes the touched counts and forgets the touched slots, so a count starts from nothing.</summary>
        public void Clear()
        {
            foreach (var slot in _touchedChars)
            {
                _counts[slot] = 0;
            }

            foreach (var slot in _touchedWords)
            {
                _counts[slot] = 0;
            }

            _touchedChars.Clear();
            _touchedWords.Clear();
        }

        /// <summary>Writes each part's counts (times the IDF, if any) L2-normalised, and clears them for the next text.</summary>
        public void Emit(List<int> slots, List<float> values, double[]? weights)
        {
            Append(_touchedChars, slots, values, weights);
            Append(_touchedWords, slots, values, weights);
        }

        private void Append(List<int> touched, List<int> slots, List<float> values, double[]? weights)
        {
            if (touched.Count == 0)
            {
                return;
            }

            var first = values.Count;
            var sumOfSquares = 0f;
            foreach (var slot in touched)
            {
                var value = weights is null ? _counts[slot] : (float)(_counts[slot] * weights[slot]);
                sumOfSquares += value * value;
                slots.Add(slot);
                values.Add(value);
                _counts[slot] = 0;
            }

            touched.Clear();
            if (sumOfSquares > 0)
            {
                var scale = 1f / MathF.Sqrt(sumOfSquares);
                for (var i = first; i < values.Count; i++)
                {
                    values[i] *= scale;
                }
            }
        }
    }
}

using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;
using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Principle3;

/// <summary>
/// What ML3001 has found in one sentence so far: the union of the spans and why, so a sentence gets
/// one diagnostic however many signs of a complaint it holds; also knows the sentence's denial and
/// advice frames, which silence what follows them.
/// </summary>
internal sealed class ClientComplaintFinding(Sentence sentence)
{
    private int _frameEnd = -2;

    /// <summary>Start of the union, an index into the prose.</summary>
    public int Start { get; private set; } = int.MaxValue;

    /// <summary>End of the union, an index into the prose.</summary>
    public int End { get; private set; } = -1;

    /// <summary>The reason of the first sign found.</summary>
    public LocalizedText? Reason { get; private set; }

    /// <summary>The phrases that matched.</summary>
    public List<string> Evidence { get; } = [];

    /// <summary>True once anything was found.</summary>
    public bool HasAny => Reason is not null;

    /// <summary>True when nothing stronger than a generalisation or a jab was found (no insult, irritation or mockery).</summary>
    public bool IsOnlyGeneralisation { get; private set; } = true;

    /// <summary>Adds a sign of a complaint.</summary>
    public void Add(int start, int end, LocalizedText reason, string evidence, bool isStrong)
    {
        Start = Math.Min(Start, start);
        End = Math.Max(End, end);
        Reason ??= reason;
        Evidence.Add(evidence);
        if (isStrong)
        {
            IsOnlyGeneralisation = false;
        }
    }

    /// <summary>True inside quotes: the words are someone else's.</summary>
    public bool IsQuoted(int index) => QuotedSpeech.IsInsideQuotes(sentence.Prose, index);

    /// <summary>True inside quotes, or after a denial, retraction or advice frame in the same clause.</summary>
    public bool IsBlocked(int index)
    {
        if (QuotedSpeech.IsInsideQuotes(sentence.Prose, index))
        {
            return true;
        }

        if (_frameEnd == -2)
        {
            _frameEnd = FirstFrameEnd();
        }

        return _frameEnd >= 0 && _frameEnd <= index && Clause.WordsBetween(sentence.Prose, _frameEnd, index) >= 0;
    }

    private int FirstFrameEnd()
    {
        var first = -1;
        foreach (var lexicon in RuleLanguage.LexiconsFor(sentence, "ML3001.frame"))
        {
            if (lexicon.FirstMatch(sentence.Prose) is { } match && (first < 0 || match.Index + match.Length < first))
            {
                first = match.Index + match.Length;
            }
        }

        return first;
    }
}

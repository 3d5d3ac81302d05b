using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Rules.Principle5;

/// <summary>The fix ML5001 and ML5002 offer: turn the question into a proposal with a reason, for the writer to complete.</summary>
internal static class ProposalTemplate
{
    /// <summary>Replaces the sentence with "Предлагаю X, потому что Y." / "I suggest X, because Y." in the draft's language.</summary>
    public static Suggestion For(Sentence sentence, MessageLanguage language)
    {
        var isRussian = language == MessageLanguage.Russian;
        return new Suggestion(
            isRussian ? "Предложить свой вариант с причиной: «Предлагаю X, потому что Y»" : "Propose your own option with a reason: \"I suggest X, because Y\"",
            [new TextEdit(sentence.Span, isRussian ? "Предлагаю X, потому что Y." : "I suggest X, because Y.")],
            IsAutomatic: false);
    }
}

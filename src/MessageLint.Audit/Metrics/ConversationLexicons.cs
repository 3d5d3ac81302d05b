using MessageLint.Rules.Infrastructure;

namespace MessageLint.Audit.Metrics;

/// <summary>
/// Recognises the two kinds of message conversation metrics count: a client asking for status
/// ("как дела с задачей?", "any update?") and one stating working rules ("в выходные не отвечаю",
/// "I reply within a day"). The phrases are data: rules/lexicons/{ru,en}/audit.status-question.txt
/// and audit.working-rules.txt.
/// </summary>
public static class ConversationLexicons
{
    /// <summary>True when the text asks for the status of the work.</summary>
    public static bool IsStatusQuestion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LexiconStore.Get("ru", "audit.status-question").IsMatch(text) || LexiconStore.Get("en", "audit.status-question").IsMatch(text);
    }

    /// <summary>True when the text states working rules: hours, days off, response times.</summary>
    public static bool StatesWorkingRules(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LexiconStore.Get("ru", "audit.working-rules").IsMatch(text) || LexiconStore.Get("en", "audit.working-rules").IsMatch(text);
    }
}

namespace MessageLint.Core.Engine;

/// <summary>Given to <see cref="MessageRule.Initialize"/> to register what the rule looks at.</summary>
public sealed class RuleContext
{
    private readonly List<Action<SentenceContext>> _sentenceActions = [];
    private readonly List<Action<DocumentContext>> _documentActions = [];

    internal RuleContext()
    {
    }

    internal IReadOnlyList<Action<SentenceContext>> SentenceActions => _sentenceActions;

    internal IReadOnlyList<Action<DocumentContext>> DocumentActions => _documentActions;

    /// <summary>Calls the action for every Russian or English sentence of every draft.</summary>
    public void RegisterSentenceAction(Action<SentenceContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _sentenceActions.Add(action);
    }

    /// <summary>Calls the action once per draft, after its sentences, for rules that judge a whole message.</summary>
    public void RegisterDocumentAction(Action<DocumentContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _documentActions.Add(action);
    }
}

namespace MessageLint.Audit;

/// <summary>Whose message it is, when the user said who they are (--author, --from-id).</summary>
public enum MessageRole
{
    /// <summary>No author was selected: every message is audited as one's own.</summary>
    Unknown,

    /// <summary>One's own message: checked.</summary>
    Own,

    /// <summary>Someone else's (usually the client's): not checked, but counted in conversation metrics.</summary>
    Other,
}

namespace MessageLint.Audit;

/// <summary>Receives outcomes one by one in input order: aggregates and streaming report writers.</summary>
public interface IAuditSink
{
    /// <summary>Takes the next outcome.</summary>
    void Add(MessageOutcome outcome);
}

namespace MessageLint.Audit;

/// <summary>A run of consecutive records checked together; its completion tells the collector its outcomes are ready.</summary>
internal sealed class AuditBatch
{
    public List<AuditItem> Items { get; } = [];

    public int CheckCount { get; private set; }

    public MessageOutcome[]? Results { get; set; }

    public void Add(AuditItem item)
    {
        Items.Add(item);
        if (item.Outcome.Status == OutcomeStatus.Checked)
        {
            CheckCount++;
        }
    }

    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

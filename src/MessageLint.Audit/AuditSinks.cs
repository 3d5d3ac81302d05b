using MessageLint.Audit.Baseline;

namespace MessageLint.Audit;

/// <summary>Hands each outcome to several sinks, after marking it against the baseline when there is one.</summary>
public sealed class AuditSinks : IAuditSink
{
    private readonly IReadOnlyList<IAuditSink> _sinks;
    private readonly SarifBaseline? _baseline;

    /// <summary>Creates the fan-out.</summary>
    public AuditSinks(IReadOnlyList<IAuditSink> sinks, SarifBaseline? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        _sinks = sinks;
        _baseline = baseline;
    }

    /// <inheritdoc />
    public void Add(MessageOutcome outcome)
    {
        var marked = _baseline is null ? outcome : _baseline.Apply(outcome);
        foreach (var sink in _sinks)
        {
            sink.Add(marked);
        }
    }
}

using MessageLint.Core.Diagnostics;

namespace MessageLint.Core.Scoring;

/// <summary>
/// Scores a draft from its diagnostics: each unsuppressed finding keeps a share of the score,
/// <c>score = 100 × Π (1 − weight(severity) × confidence)</c>, with weights error 0.5, warning 0.25,
/// info 0.1 and hidden 0; the same product over one principle's findings gives that principle's
/// score. A multiplicative formula never goes below zero and lets every finding count a little less
/// than the one before. Engine diagnostics (ML0xxx) do not count.
/// </summary>
public static class ScoreCalculator
{
    /// <summary>The share of the score a finding of this severity takes at full confidence.</summary>
    public static double Weight(Severity severity) => severity switch
    {
        Severity.Error => 0.5,
        Severity.Warning => 0.25,
        Severity.Info => 0.1,
        _ => 0,
    };

    /// <summary>Computes the scores of one draft.</summary>
    public static MessageScore Calculate(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var overall = 1.0;
        var byPrinciple = PrincipleInfo.All.ToDictionary(p => p, _ => 1.0);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsSuppressed || diagnostic.Descriptor.Principle == Principle.Engine)
            {
                continue;
            }

            var keep = 1 - (Weight(diagnostic.Severity) * diagnostic.Confidence);
            overall *= keep;
            byPrinciple[diagnostic.Descriptor.Principle] *= keep;
        }

        return new MessageScore(ToPercent(overall), byPrinciple.ToDictionary(p => p.Key, p => ToPercent(p.Value)));
    }

    private static int ToPercent(double value) => (int)Math.Round(value * 100, MidpointRounding.AwayFromZero);
}

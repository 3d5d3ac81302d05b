namespace MessageLint.Classifier;

/// <summary>
/// The corpus labels the sentence model scores. Every label of rules/corpus that a single sentence
/// can carry is here; kickoff-missing-rules is not, because it is about what a whole first message
/// leaves out, not about any one sentence.
/// </summary>
public static class ModelLabels
{
    /// <summary>The pseudo-label of a sentence that carries no label at all.</summary>
    public const string Clean = "clean";

    /// <summary>The labels the issue asks the model to cover, clean included; the bar's macro-F1 is over these.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        "complaint-about-client",
        "asks-client-to-decide",
        "vague-status",
        "blunt-or-blaming",
        "weekend-reproach",
        "silent-rework",
        "blind-compliance",
        Clean,
    ];

    /// <summary>Every label the shipped model scores, in model order: the required ones, then the rarer ones.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Required,
        "options-without-recommendation",
        "accepts-without-questions",
        "middleman",
        "unsolicited-critique",
        "buried-problem",
    ];

    /// <summary>
    /// Corpus labels the model does not score: kickoff-missing-rules (what a whole first message leaves
    /// out, ML6002's) and no-own-proposal (real data only: criticism with no suggested direction).
    /// </summary>
    public static IReadOnlyList<string> Unscored { get; } = ["kickoff-missing-rules", "no-own-proposal"];

    /// <summary>Every label a corpus item may carry: the scored ones but the "clean" pseudo-label (a clean item has none), and the unscored ones.</summary>
    public static IReadOnlyList<string> Corpus { get; } = [.. All.Where(l => l != Clean), .. Unscored];

    /// <summary>True when an item with these labels is a positive example of <paramref name="label"/>.</summary>
    public static bool Carries(IReadOnlyList<string> itemLabels, string label)
    {
        ArgumentNullException.ThrowIfNull(itemLabels);
        return label == Clean ? itemLabels.Count == 0 : itemLabels.Contains(label, StringComparer.Ordinal);
    }
}

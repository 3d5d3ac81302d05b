using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Core.Evaluation;

/// <summary>
/// Measures rules against a labelled corpus. A rule's finding on an item is correct when the item
/// carries one of the rule's <see cref="RuleDescriptor.CorpusLabels"/>; recall counts the items that
/// carry the rule's first (primary) label. Every rule runs at its configured severity for the item's
/// profile, so a rule that is off in a profile is measured where it is on.
/// </summary>
public static class RuleEvaluator
{
    /// <summary>Evaluates the engine's rules over the items; <paramref name="useClassifier"/> false measures heuristics only.</summary>
    public static EvaluationReport Evaluate(string dataset, LintEngine engine, IReadOnlyList<LabelledMessage> items, Configuration.LintConfiguration? configuration = null, string? profile = null, bool useClassifier = true)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(items);
        var rules = engine.Descriptors.Where(d => d.Principle != Principle.Engine && d.CorpusLabels.Count > 0).ToList();
        var ruleCounts = rules.ToDictionary(r => r.Id, _ => new DetectionCounts());
        var ruleLanguageCounts = rules.ToDictionary(r => r.Id, _ => new Dictionary<string, DetectionCounts>(StringComparer.Ordinal));
        var principles = rules.GroupBy(r => r.Principle).OrderBy(g => g.Key).ToList();
        var principleCounts = principles.ToDictionary(p => p.Key, _ => new DetectionCounts());
        var settingsByProfile = new Dictionary<string, LintSettings>(StringComparer.Ordinal);
        var languages = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var item in items)
        {
            languages[item.Language] = languages.GetValueOrDefault(item.Language) + 1;
            var itemProfile = item.Profile ?? profile ?? configuration?.Profile ?? Configuration.BuiltInProfiles.ClientChat;
            if (!settingsByProfile.TryGetValue(itemProfile, out var settings))
            {
                settings = new LintSettings(configuration, itemProfile, useClassifier: useClassifier);
                settingsByProfile[itemProfile] = settings;
            }

            var report = engine.Analyze(MessageDocument.Parse(item.Text), settings);
            var fired = report.Visible.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if (settings.GetSeverity(rule) == Severity.None)
                {
                    continue;
                }

                var isFired = fired.Contains(rule.Id);
                var positive = isFired ? item.Labels.Any(rule.CorpusLabels.Contains) : item.Labels.Contains(rule.CorpusLabels[0]);
                ruleCounts[rule.Id].Add(isFired, positive, item.HardNegative);
                var byLanguage = ruleLanguageCounts[rule.Id];
                if (!byLanguage.TryGetValue(item.Language, out var counts))
                {
                    counts = new DetectionCounts();
                    byLanguage[item.Language] = counts;
                }

                counts.Add(isFired, positive, item.HardNegative);
            }

            foreach (var principle in principles)
            {
                var labels = principle.SelectMany(r => r.CorpusLabels).ToHashSet(StringComparer.Ordinal);
                var isFired = principle.Any(r => fired.Contains(r.Id));
                principleCounts[principle.Key].Add(isFired, item.Labels.Any(labels.Contains), item.HardNegative);
            }
        }

        return new EvaluationReport(
            dataset,
            items.Count,
            languages,
            [.. rules.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new RuleEvaluation(r, ruleCounts[r.Id], ruleLanguageCounts[r.Id]))],
            [.. principles.Select(p => new PrincipleEvaluation(p.Key, [.. p.SelectMany(r => r.CorpusLabels).Distinct(StringComparer.Ordinal)], principleCounts[p.Key]))]);
    }
}

using System.Text.RegularExpressions;
using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Rules.Custom;

/// <summary>
/// Runs one user-defined phrase rule (<c>customRules</c> in <c>messagelint.json</c>) as a real rule:
/// its findings are suppressible, configurable and scored like any other. The pattern, message and
/// languages are read from the configuration of the draft being checked, so a rule defined in one
/// folder's configuration never fires on drafts another configuration governs.
/// </summary>
public sealed class CustomPhraseRule : MessageRule
{
    /// <summary>Where custom rules are documented; there is no per-rule page for them.</summary>
    public const string HelpUri = "https://github.com/messagelint/messagelint/blob/main/README.md#custom-rules";

    private readonly RuleDescriptor _descriptor;

    /// <summary>Creates the rule for one custom rule ID.</summary>
    public CustomPhraseRule(CustomRuleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _descriptor = new RuleDescriptor(
            definition.Id,
            new LocalizedText($"Custom rule {definition.Id}", $"Собственное правило {definition.Id}"),
            new LocalizedText("{0}", "{0}"),
            definition.Principle,
            definition.Severity,
            isEnabledByDefault: false,
            helpUri: HelpUri);
        SupportedDescriptors = [_descriptor];
    }

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedDescriptors { get; }

    /// <inheritdoc />
    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterSentenceAction(AnalyzeSentence);
    }

    private void AnalyzeSentence(SentenceContext context)
    {
        if (!context.Settings.Configuration.CustomRules.TryGetValue(_descriptor.Id, out var definition)
            || !definition.Languages.Contains(context.Sentence.Language))
        {
            return;
        }

        var prose = context.Sentence.Prose.Replace('ё', 'е').Replace('Ё', 'Е');
        try
        {
            foreach (var match in definition.Pattern.EnumerateMatches(prose))
            {
                if (match.Length > 0)
                {
                    context.ReportAt(_descriptor, match.Index, match.Length, [definition.Message], evidence: [new Evidence("pattern", definition.Pattern.ToString())]);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // The engine reports this as ML0006 for the draft, naming the rule, and keeps every other rule's findings.
            throw new InvalidOperationException($"its pattern took longer than {CustomRuleDefinition.MatchTimeout.TotalSeconds:0} s on one sentence and was stopped");
        }
    }
}

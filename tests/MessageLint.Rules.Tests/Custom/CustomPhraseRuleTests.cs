using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules.Custom;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Rules.Tests.Custom;

/// <summary>Custom phrase rules from messagelint.json: validated with positions, run as real rules, and unable to hang a check.</summary>
public sealed class CustomPhraseRuleTests
{
    private const string ConfigPath = "/project/messagelint.json";

    [Fact]
    public void A_custom_rule_reports_its_message_at_the_matched_phrase()
    {
        var configuration = Load("""{ "customRules": [{ "id": "MLU001", "pattern": "\\bв общем и целом\\b", "message": "Скажите конкретнее", "principle": 2 }] }""");

        var report = Check(configuration, "Макет, в общем и целом, готов.");

        var finding = Assert.Single(report.Visible, d => d.Id == "MLU001");
        Assert.Equal("в общем и целом", report.Document.Text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Equal("Скажите конкретнее", finding.GetMessage());
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(Principle.ProposeDontObey, finding.Descriptor.Principle);
    }

    [Fact]
    public void A_custom_rule_matches_regardless_of_case_and_of_ё()
    {
        var configuration = Load("""{ "customRules": [{ "id": "MLU002", "pattern": "ещё раз", "message": "m", "principle": "raise-problems" }] }""");

        var report = Check(configuration, "ЕЩЕ РАЗ напоминаю про тексты.");

        Assert.Equal("MLU002", Assert.Single(report.Visible, d => d.Id == "MLU002").Id);
    }

    [Fact]
    public void A_custom_rule_runs_only_on_the_languages_it_names()
    {
        var configuration = Load("""{ "customRules": [{ "id": "MLU003", "pattern": "\\bdeadline\\b", "message": "m", "principle": 4, "languages": ["ru"] }] }""");

        Assert.DoesNotContain(Check(configuration, "The deadline is Friday.").Visible, d => d.Id == "MLU003");
        Assert.Single(Check(configuration, "Наш deadline в пятницу, всё в порядке.").Visible, d => d.Id == "MLU003");
    }

    [Fact]
    public void A_custom_rule_is_silent_for_drafts_whose_configuration_does_not_define_it()
    {
        var defining = Load("""{ "customRules": [{ "id": "MLU004", "pattern": "banana", "message": "m", "principle": 7 }] }""");
        var engine = EngineWith(defining);

        var report = engine.Analyze(MessageDocument.Parse("Here is a banana for you."), new LintSettings(Load("{}")));

        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "MLU004");
    }

    [Fact]
    public void A_custom_rule_takes_severities_and_suppressions_like_a_built_in_rule()
    {
        var configuration = Load("""
            {
              "rules": { "MLU005": "error" },
              "customRules": [{ "id": "MLU005", "pattern": "banana", "message": "No bananas", "principle": 7, "severity": "info" }]
            }
            """);

        var report = Check(configuration, "A banana here.\n[messagelint-disable-next-line MLU005 -- quoting]\nA banana there.\n");

        Assert.Collection(
            report.Diagnostics.Where(d => d.Id == "MLU005"),
            d => Assert.Equal((Severity.Error, false), (d.Severity, d.IsSuppressed)),
            d => Assert.Equal((Severity.Error, true, "quoting"), (d.Severity, d.IsSuppressed, d.SuppressionJustification)));
    }

    [Fact]
    public void A_catastrophic_backtracking_pattern_completes_on_a_long_input()
    {
        var configuration = Load("""{ "customRules": [{ "id": "MLU006", "pattern": "(a+)+$", "message": "m", "principle": 7, "languages": ["en"] }] }""");
        var settings = new LintSettings(configuration, draftLanguage: MessageLanguage.English);
        var engine = EngineWith(configuration);
        var hostile = "Please look " + new string('a', 50_000) + "b";
        var matching = "Please look " + new string('a', 50_000);

        var refused = engine.Analyze(new MessageDocumentParser(forcedLanguage: MessageLanguage.English).Parse(hostile, DocumentFormat.PlainText), settings);
        var matched = engine.Analyze(new MessageDocumentParser(forcedLanguage: MessageLanguage.English).Parse(matching, DocumentFormat.PlainText), settings);

        // A backtracking engine needs 2^50000 steps for the first draft; the pattern demonstrably ran on both.
        Assert.DoesNotContain(refused.Diagnostics, d => d.Id is "MLU006" or "ML0006");
        Assert.Single(matched.Diagnostics, d => d.Id == "MLU006");
    }

    [Theory]
    [InlineData("(a)\\\\1")] // backreference
    [InlineData("(?<=a)b")] // lookbehind
    [InlineData("a(?=b)")] // lookahead
    [InlineData("(?>a+)b")] // atomic group
    [InlineData("(?(a)b|c)")] // conditional
    public void Patterns_only_a_backtracking_engine_runs_are_refused_at_the_pattern(string pattern)
    {
        var result = ConfigurationLoader.Parse($$"""
            {
              "customRules": [
                { "id": "MLU007", "message": "m", "principle": 7,
                  "pattern": "{{pattern}}" }
              ]
            }
            """, ConfigPath);

        var error = Assert.Single(result.Errors);
        Assert.Equal("ML0002", error.Descriptor.Id);
        Assert.Equal(new LinePosition(3, 17), error.Position);
        Assert.Contains("non-backtracking", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_pattern_is_refused_at_the_pattern_with_the_reason()
    {
        var result = ConfigurationLoader.Parse("""{ "customRules": [{ "id": "MLU008", "pattern": "(unclosed", "message": "m", "principle": 7 }] }""", ConfigPath);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new LinePosition(0, 47), error.Position);
        Assert.StartsWith("the pattern is not a valid regular expression", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "customRules": [{ "id": "ML7001", "pattern": "x", "message": "m", "principle": 7 }] }""", "must be MLU followed by three digits")]
    [InlineData("""{ "customRules": [{ "id": "MLU1", "pattern": "x", "message": "m", "principle": 7 }] }""", "must be MLU followed by three digits")]
    [InlineData("""{ "customRules": [{ "id": "MLU009", "pattern": "x", "message": "m", "principle": 9 }] }""", "'principle' must be 1–7")]
    [InlineData("""{ "customRules": [{ "id": "MLU009", "pattern": "x", "message": "m", "principle": 7, "languages": ["de"] }] }""", "'de' is not a language")]
    [InlineData("""{ "customRules": [{ "id": "MLU009", "pattern": "x", "message": "m", "principle": 7, "severity": "loud" }] }""", "'loud' is not a severity")]
    [InlineData("""{ "customRules": [{ "id": "MLU009", "pattern": "x", "message": "m", "principle": 7, "patern": "y" }] }""", "unknown custom rule setting 'patern'; did you mean 'pattern'?")]
    [InlineData("""{ "customRules": [{ "id": "MLU009", "message": "m", "principle": 7 }] }""", "a custom rule needs 'pattern'")]
    [InlineData("""{ "customRules": [{ "id": "MLU009", "pattern": "", "message": "m", "principle": 7 }] }""", "the pattern is empty")]
    [InlineData("""{ "customRules": { "id": "MLU009" } }""", "'customRules' must be an array")]
    [InlineData("""{ "customRules": [{ "id": "MLU009", "pattern": "x", "message": "m", "principle": 7 }, { "id": "mlu009", "pattern": "y", "message": "m", "principle": 7 }] }""", "custom rule 'mlu009' is defined twice")]
    public void A_bad_custom_rule_is_an_ML0002_error_that_says_what_is_wrong(string json, string expected)
    {
        var result = ConfigurationLoader.Parse(json, ConfigPath);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Descriptor.Id == "ML0002" && e.Position is not null && e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Rule_settings_may_name_a_custom_rule_defined_later_in_the_file()
    {
        var known = new HashSet<string>(["ML7001"], StringComparer.OrdinalIgnoreCase);

        var result = ConfigurationLoader.Parse("""{ "rules": { "MLU010": "error" }, "customRules": [{ "id": "MLU010", "pattern": "x", "message": "m", "principle": 7 }] }""", ConfigPath, known);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private static LintConfiguration Load(string json)
    {
        var result = ConfigurationLoader.Parse(json, ConfigPath);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Configuration!;
    }

    private static LintEngine EngineWith(LintConfiguration configuration)
        => new ServiceCollection().AddBuiltInRules().AddCustomRules(configuration.CustomRules.Values).BuildServiceProvider().GetRequiredService<LintEngine>();

    private static MessageReport Check(LintConfiguration configuration, string text)
        => EngineWith(configuration).Analyze(MessageDocument.Parse(text), new LintSettings(configuration));
}

using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Formats.Tests.TestRules;

namespace MessageLint.Formats.Tests.Support;

/// <summary>Builds real run results: drafts parsed by Core and checked by a LintEngine running the test rule.</summary>
public sealed class TestRun
{
    private static readonly LintEngine Engine = new([new UrgencyTestRule()]);

    private readonly List<MessageDocument> _documents = [];
    private readonly List<RunProblem> _problems = [];
    private readonly LintConfiguration _configuration = new();
    private MessageLanguage? _messageLanguage;

    public static TestRun Create() => new();

    public TestRun Draft(string? path, string text, DocumentFormat format = DocumentFormat.PlainText)
    {
        _documents.Add(MessageDocument.Parse(text, format, path));
        return this;
    }

    public TestRun Problem(RuleDescriptor descriptor, string path, string message, LinePosition? position = null)
    {
        _problems.Add(new RunProblem(descriptor, path, message, position));
        return this;
    }

    public TestRun WithSeverity(string ruleId, Severity severity)
    {
        _configuration.Rules[ruleId] = severity;
        return this;
    }

    public TestRun MessagesIn(MessageLanguage language)
    {
        _messageLanguage = language;
        return this;
    }

    public RunResult Build()
    {
        var settings = new LintSettings(_configuration, messageLanguage: _messageLanguage);
        var reports = _documents.Select(d => Engine.Analyze(d, settings)).ToList();
        return new RunResult(reports, _problems, Engine.Descriptors, settings);
    }
}

using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace MessageLint.Fuzzing.Harnesses;

/// <summary>Reads a draft in one format and runs every built-in rule on it: the path every <c>check</c> takes after reading a file.</summary>
public sealed class DraftHarness : IFuzzHarness
{
    private static readonly Lazy<LintEngine> Engine = new(() => new ServiceCollection().AddBuiltInRules().BuildServiceProvider().GetRequiredService<LintEngine>());

    private readonly DocumentFormat _format;

    /// <summary>Creates the harness for one document format.</summary>
    public DraftHarness(string name, DocumentFormat format)
    {
        Name = name;
        _format = format;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public void Run(ReadOnlySpan<byte> data)
    {
        var document = MessageDocument.Parse(FuzzText.Decode(data), _format, "fuzz");
        DocumentChecks.Verify(document);
        DocumentChecks.Verify(Engine.Value.Analyze(document));
    }
}

using System.Text.Json;
using CsCheck;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Formats;
using MessageLint.Formats.Writers;
using MessageLint.Properties.Tests.Support;

namespace MessageLint.Properties.Tests;

/// <summary>
/// Every writer accepts any run — drafts, paths and problem messages with broken UTF-16, control
/// characters and bidi marks included — and the JSON and SARIF it writes always parse, with one
/// entry per draft and per diagnostic.
/// </summary>
public sealed class WriterProperties
{
    private static readonly Gen<string> Names = Gen.Frequency(
        (3, Gen.OneOf("draft.md", "черновик.txt", "dir/sub dir/a b.md", "<stdin>", "<text>")),
        (2, HostileText.Fragment.Array[1, 4].Select(string.Concat)));

    private static readonly Gen<(string Path, string Text, DocumentFormat Format)> Drafts =
        Gen.Select(Names, HostileText.Draft, Gen.OneOf(DocumentFormat.PlainText, DocumentFormat.Markdown));

    private static readonly Gen<RunProblem> Problems =
        Gen.Select(Gen.OneOf([.. EngineDiagnostics.All]), Names, HostileText.Fragment.Array[0, 6].Select(string.Concat), Gen.Bool, Gen.Int[0, 10_000])
            .Select((descriptor, path, message, positioned, at) => new RunProblem(descriptor, path, message, positioned ? new LinePosition(at / 100, at % 100) : null));

    private static readonly Gen<RunResult> Runs =
        Gen.Select(Drafts.Array[0, 3], Problems.Array[0, 3], Gen.OneOf<MessageLanguage?>(null, MessageLanguage.Russian, MessageLanguage.English))
            .Select((drafts, problems, language) =>
            {
                var settings = new LintSettings(messageLanguage: language);
                var reports = drafts.Select(d => BuiltInEngine.Instance.Analyze(MessageDocument.Parse(d.Text, d.Format, d.Path), settings)).ToList();
                return new RunResult(reports, problems, BuiltInEngine.Instance.Descriptors, settings);
            });

    [Fact]
    public void Json_output_always_parses_with_every_draft_and_diagnostic()
        => Runs.Sample(run =>
        {
            using var json = JsonDocument.Parse(Write(new JsonReportWriter(), run));
            var drafts = json.RootElement.GetProperty("drafts");
            Assert.Equal(run.Reports.Count, drafts.GetArrayLength());
            for (var i = 0; i < run.Reports.Count; i++)
            {
                Assert.Equal(run.Reports[i].Diagnostics.Count, drafts[i].GetProperty("diagnostics").GetArrayLength());
            }

            Assert.Equal(run.Problems.Count, json.RootElement.GetProperty("problems").GetArrayLength());
        }, iter: Samples.Some);

    [Fact]
    public void Sarif_output_always_parses_with_every_diagnostic()
        => Runs.Sample(run =>
        {
            using var sarif = JsonDocument.Parse(Write(new SarifReportWriter(), run));
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
            Assert.Equal(run.Reports.Sum(r => r.Diagnostics.Count), results.GetArrayLength());
        }, iter: Samples.Some);

    [Fact]
    public void Text_and_line_output_are_written_for_any_run()
        => Runs.Sample(run =>
        {
            _ = Write(new TextReportWriter(useColor: false), run);
            _ = Write(new TextReportWriter(useColor: true), run);
            _ = Write(new LineReportWriter(), run);
        }, iter: Samples.Some);

    private static string Write(IReportWriter writer, RunResult run)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        writer.Write(run, output, errors);
        return output.ToString();
    }
}

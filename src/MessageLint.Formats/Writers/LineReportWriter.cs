using MessageLint.Core.Diagnostics;

namespace MessageLint.Formats.Writers;

/// <summary>
/// Writes one line per visible finding, <c>path:line:col: severity ID: message</c>, and nothing
/// else, so scripts, editors' problem matchers and end-to-end tests can rely on the shape.
/// Problems go to the error writer in the same form as the human format.
/// </summary>
public sealed class LineReportWriter : IReportWriter
{
    private static readonly AnsiStyle NoColour = new(enabled: false);

    /// <inheritdoc />
    public void Write(RunResult result, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);

        foreach (var report in result.Reports)
        {
            var path = ReportText.DisplayPath(report.Document.Path);
            foreach (var diagnostic in report.Visible)
            {
                output.WriteLine($"{path}:{ReportText.Position(diagnostic.Location.Start)}: {diagnostic.Severity.ToName()} {diagnostic.Id}: {ReportText.SingleLine(diagnostic.GetMessage())}");
            }
        }

        foreach (var problem in result.Problems)
        {
            errors.WriteLine(ReportText.ProblemLine(problem, NoColour));
        }
    }
}

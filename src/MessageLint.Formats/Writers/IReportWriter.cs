namespace MessageLint.Formats.Writers;

/// <summary>Writes a run's results in one output format.</summary>
public interface IReportWriter
{
    /// <summary>Writes the results; <paramref name="errors"/> receives problems when the format keeps them out of its main output.</summary>
    void Write(RunResult result, TextWriter output, TextWriter errors);
}

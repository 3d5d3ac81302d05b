using MessageLint.Core.Text;

namespace MessageLint.Formats.Input;

/// <summary>A draft's text and format, or the problem that kept it from being read.</summary>
public sealed record DraftReadResult(string? Text, DocumentFormat Format, RunProblem? Problem)
{
    /// <summary>
    /// Null when line and column positions in <see cref="Text"/> are positions in the file; otherwise
    /// what they are relative to (an encoded e-mail body is checked decoded), to be shown with the report.
    /// A draft with such a note cannot be rewritten by --fix, since its text is not the file's.
    /// </summary>
    public string? PositionNote { get; init; }
}

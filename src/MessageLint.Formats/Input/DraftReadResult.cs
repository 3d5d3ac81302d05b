using MessageLint.Core.Text;

namespace MessageLint.Formats.Input;

/// <summary>A draft's text and format, or the problem that kept it from being read.</summary>
public sealed record DraftReadResult(string? Text, DocumentFormat Format, RunProblem? Problem);

using MessageLint.Formats.Writers;

namespace MessageLint.Formats.Tests.Support;

/// <summary>What a writer put on its two streams, written with LF line ends whatever the OS.</summary>
public sealed record WriterOutput(string Output, string Errors)
{
    public static WriterOutput Of(IReportWriter writer, RunResult result)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };
        writer.Write(result, output, errors);
        return new WriterOutput(output.ToString(), errors.ToString());
    }

    public string[] OutputLines => Output.Split('\n')[..^1];

    public string[] ErrorLines => Errors.Length == 0 ? [] : Errors.Split('\n')[..^1];
}

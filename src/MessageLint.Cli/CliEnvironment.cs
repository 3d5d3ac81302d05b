namespace MessageLint.Cli;

/// <summary>The process's streams, folder and terminal facts, passed in so tests can run the CLI in-process.</summary>
/// <param name="StandardInput">Standard input.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="CurrentDirectory">The folder relative paths are resolved from.</param>
/// <param name="IsInputTerminal">True when stdin is an interactive terminal (then `check` asks for a paste).</param>
/// <param name="IsOutputTerminal">True when stdout is a terminal (colour is used only then).</param>
/// <param name="NoColor">True when the NO_COLOR environment variable is set.</param>
/// <param name="IsErrorTerminal">True when stderr is a terminal (progress bars are drawn only then).</param>
public sealed record CliEnvironment(
    Stream StandardInput,
    TextWriter Output,
    TextWriter Error,
    string CurrentDirectory,
    bool IsInputTerminal,
    bool IsOutputTerminal,
    bool NoColor,
    bool IsErrorTerminal = false)
{
    /// <summary>The raw standard output, for `lsp`, whose protocol frames are bytes rather than lines of text; null when not on a console.</summary>
    public Stream? StandardOutputStream { get; init; }

    /// <summary>The real console.</summary>
    public static CliEnvironment FromConsole()
    {
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var standardOutput = Console.OpenStandardOutput();
        var output = new StreamWriter(standardOutput, utf8) { AutoFlush = true };
        var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        return new CliEnvironment(
            Console.OpenStandardInput(),
            output,
            error,
            Environment.CurrentDirectory,
            !Console.IsInputRedirected,
            !Console.IsOutputRedirected && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal),
            !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            !Console.IsErrorRedirected)
        {
            StandardOutputStream = standardOutput,
        };
    }
}

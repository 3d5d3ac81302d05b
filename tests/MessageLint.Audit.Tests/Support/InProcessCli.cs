using System.Text;
using MessageLint.Cli;

namespace MessageLint.Audit.Tests.Support;

/// <summary>Runs the command line in this process, with captured streams.</summary>
public static class InProcessCli
{
    public static (int ExitCode, string Output, string Error) Run(string currentDirectory, string? standardInput, params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var input = new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? string.Empty));
        var environment = new CliEnvironment(input, output, error, currentDirectory, IsInputTerminal: false, IsOutputTerminal: false, NoColor: true);
        var code = CliApplication.Run(arguments, environment);
        return (code, output.ToString(), error.ToString());
    }
}

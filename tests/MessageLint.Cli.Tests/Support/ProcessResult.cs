namespace MessageLint.Cli.Tests.Support;

/// <summary>What a run of the real messagelint process produced.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);

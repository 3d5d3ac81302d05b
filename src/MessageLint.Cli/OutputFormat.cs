namespace MessageLint.Cli;

/// <summary>The report formats `check` can write.</summary>
public static class OutputFormat
{
    /// <summary>Compiler-style text with the span underlined (the default).</summary>
    public const string Text = "text";

    /// <summary>One stable line per finding, for scripts.</summary>
    public const string Line = "line";

    /// <summary>The JSON report (src/MessageLint.Formats/docs/json-format.md).</summary>
    public const string Json = "json";

    /// <summary>SARIF 2.1.0.</summary>
    public const string Sarif = "sarif";

    /// <summary>All formats.</summary>
    public static readonly string[] All = [Text, Line, Json, Sarif];
}

using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;
using MessageLint.LanguageServer.Protocol;

namespace MessageLint.LanguageServer;

/// <summary>Turns MessageLint findings into LSP diagnostics: severity, rule ID as code, help link, source "messagelint".</summary>
internal static class DiagnosticConverter
{
    /// <summary>The source name every diagnostic carries, so editors can tell MessageLint's findings apart.</summary>
    public const string Source = "messagelint";

    /// <summary>LSP's DiagnosticTag.Unnecessary: editors fade the text instead of underlining it.</summary>
    private const int UnnecessaryTag = 1;

    public static LspDiagnostic ToLsp(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new LspDiagnostic(
            ToRange(diagnostic.Location),
            ToLspSeverity(diagnostic.Severity),
            diagnostic.Id,
            new CodeDescription(diagnostic.Descriptor.HelpUri),
            Source,
            diagnostic.GetMessage(),
            diagnostic.Descriptor == EngineDiagnostics.UnusedSuppression ? [UnnecessaryTag] : null);
    }

    /// <summary>Error 1, warning 2, info 3; hidden findings are never published, so hint (4) is only a fallback.</summary>
    public static int ToLspSeverity(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        Severity.Info => 3,
        _ => 4,
    };

    public static LspRange ToRange(LinePositionSpan span) =>
        new(new Position(span.Start.Line, span.Start.Character), new Position(span.End.Line, span.End.Character));

    public static LspRange ToRange(LineMap lines, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return ToRange(lines.GetPositionSpan(span));
    }
}

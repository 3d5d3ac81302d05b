namespace MessageLint.LanguageServer.Protocol;

/// <summary>A diagnostic as the editor shows it; named apart from MessageLint's own Diagnostic.</summary>
/// <param name="Range">Where it applies.</param>
/// <param name="Severity">1 error, 2 warning, 3 information, 4 hint.</param>
/// <param name="Code">The rule ID.</param>
/// <param name="CodeDescription">The rule's documentation.</param>
/// <param name="Source">Always "messagelint".</param>
/// <param name="Message">The message.</param>
/// <param name="Tags">1 for unnecessary text (an unused suppression), or null.</param>
public sealed record LspDiagnostic(
    LspRange Range,
    int Severity,
    string Code,
    CodeDescription? CodeDescription,
    string Source,
    string Message,
    IReadOnlyList<int>? Tags = null);

using MessageLint.Core.Text;

namespace MessageLint.LanguageServer;

/// <summary>
/// Tells which documents are drafts and how to read them: by the editor's language ID first, by the
/// file extension when the ID is unknown. Plain text is what editors call a file they do not know (VS
/// Code opens an .eml as "plaintext"), so an .eml in plain text is still read as e-mail, headers
/// skipped. Anything else (source code, JSON) is left alone.
/// </summary>
internal static class DocumentKinds
{
    private static readonly string[] MarkdownIds = ["markdown"];
    private static readonly string[] PlainTextIds = ["plaintext", "text"];
    private static readonly string[] EmailIds = ["mail", "email", "eml"];
    private static readonly string[] MarkdownExtensions = [".md", ".markdown"];
    private static readonly string[] PlainTextExtensions = [".txt", ".text"];

    /// <summary>How to read the document, or null when it is not a draft.</summary>
    public static DocumentFormat? FormatOf(string? languageId, string uri)
    {
        var path = uri;
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            path = path[..query];
        }

        var isEmailFile = path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase);
        if (languageId is not null)
        {
            if (MarkdownIds.Contains(languageId, StringComparer.OrdinalIgnoreCase))
            {
                return DocumentFormat.Markdown;
            }

            if (PlainTextIds.Contains(languageId, StringComparer.OrdinalIgnoreCase))
            {
                return isEmailFile ? DocumentFormat.Email : DocumentFormat.PlainText;
            }

            if (EmailIds.Contains(languageId, StringComparer.OrdinalIgnoreCase))
            {
                return DocumentFormat.Email;
            }
        }

        if (MarkdownExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return DocumentFormat.Markdown;
        }

        if (isEmailFile)
        {
            return DocumentFormat.Email;
        }

        return PlainTextExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? DocumentFormat.PlainText : null;
    }

    /// <summary>The local file path of a file: URI, or null for untitled and remote documents.</summary>
    public static string? LocalPathOf(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        return parsed.LocalPath;
    }
}

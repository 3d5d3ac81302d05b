using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;
using MessageLint.LanguageServer.Protocol;

namespace MessageLint.LanguageServer;

/// <summary>
/// Quick fixes for the findings under the cursor or selection: each suggestion that carries edits
/// (automatic ones preferred, so one key applies them), then "Disable MLxxxx on this line", which
/// inserts a disable-next-line directive above in the draft's own form — an HTML comment in
/// Markdown, the bracketed chat form in plain text.
/// </summary>
internal static class CodeActionProvider
{
    public const string QuickFixKind = "quickfix";

    public static IReadOnlyList<CodeAction> GetActions(AnalysisResult analysis, LspRange range, IReadOnlyList<string>? only)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(range);
        if (only is { Count: > 0 } && !only.Any(k => k == QuickFixKind || QuickFixKind.StartsWith(k + ".", StringComparison.Ordinal)))
        {
            return [];
        }

        var text = analysis.Snapshot.Text;
        var start = TextChanges.ToOffset(text, analysis.Lines, range.Start);
        var end = TextChanges.ToOffset(text, analysis.Lines, range.End);
        if (end < start)
        {
            (start, end) = (end, start);
        }

        var fixes = new List<(CodeAction Action, Diagnostic Diagnostic)>();
        var disables = new List<CodeAction>();
        var disabledLines = new HashSet<(int Line, string Id)>();
        foreach (var published in analysis.Diagnostics)
        {
            if (published.Source is not { } diagnostic || diagnostic.Span.Start > end || diagnostic.Span.End < start)
            {
                continue;
            }

            foreach (var suggestion in diagnostic.Suggestions.Where(s => s.Edits.Count > 0))
            {
                var edits = suggestion.Edits
                    .Select(e => new LspTextEdit(DiagnosticConverter.ToRange(analysis.Lines, e.Span), e.NewText))
                    .ToList();
                fixes.Add((new CodeAction(
                    suggestion.Title,
                    QuickFixKind,
                    [published.Lsp],
                    suggestion.IsAutomatic ? true : null,
                    Edit(analysis.Snapshot.Uri, edits)), diagnostic));
            }

            var line = diagnostic.Location.Start.Line;
            if (diagnostic.Descriptor.Principle != Principle.Engine && !IsMailHeaderLine(analysis, line) && disabledLines.Add((line, diagnostic.Id)))
            {
                disables.Add(new CodeAction(
                    $"Disable {diagnostic.Id} on this line",
                    QuickFixKind,
                    [published.Lsp],
                    null,
                    Edit(analysis.Snapshot.Uri, [DisableNextLineEdit(analysis, line, diagnostic.Id)])));
            }
        }

        return [.. Distinguished(fixes), .. disables];
    }

    /// <summary>
    /// A selection over several findings of one kind ("!!! … !!!") would list the same title twice, and the
    /// editor's menu gives no other way to tell which fix goes where; such titles get the finding's line and column.
    /// </summary>
    private static IEnumerable<CodeAction> Distinguished(List<(CodeAction Action, Diagnostic Diagnostic)> fixes)
    {
        var counts = fixes.CountBy(f => f.Action.Title, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        foreach (var (action, diagnostic) in fixes)
        {
            var start = diagnostic.Location.Start;
            yield return counts[action.Title] > 1 ? action with { Title = $"{action.Title} ({start.Line + 1}:{start.Character + 1})" } : action;
        }
    }

    /// <summary>A directive line inserted among an e-mail's headers would end its header block, so the Subject gets no "disable" action.</summary>
    private static bool IsMailHeaderLine(AnalysisResult analysis, int line)
        => analysis.Snapshot.Format == DocumentFormat.Email
            && analysis.Lines.GetLineSpan(line, includeBreak: false).Start < MailHeaderBlock.BodyStart(analysis.Snapshot.Text);

    /// <summary>Inserts the directive as a line of its own above the line, with the line's indentation and the draft's line break.</summary>
    private static LspTextEdit DisableNextLineEdit(AnalysisResult analysis, int line, string ruleId)
    {
        var text = analysis.Snapshot.Text;
        var lineSpan = analysis.Lines.GetLineSpan(line, includeBreak: false);
        var indentLength = 0;
        while (indentLength < lineSpan.Length && text[lineSpan.Start + indentLength] is ' ' or '\t')
        {
            indentLength++;
        }

        var directive = analysis.Snapshot.Format == DocumentFormat.Markdown
            ? $"<!-- messagelint-disable-next-line {ruleId} -->"
            : $"[messagelint-disable-next-line {ruleId}]";
        var insertion = string.Concat(text.AsSpan(lineSpan.Start, indentLength), directive, LineBreakOf(text));
        var at = new Position(line, 0);
        return new LspTextEdit(new LspRange(at, at), insertion);
    }

    private static string LineBreakOf(string text)
    {
        var index = text.IndexOfAny(['\r', '\n']);
        if (index < 0)
        {
            return "\n";
        }

        return text[index] == '\r' ? (index + 1 < text.Length && text[index + 1] == '\n' ? "\r\n" : "\r") : "\n";
    }

    private static WorkspaceEdit Edit(string uri, IReadOnlyList<LspTextEdit> edits) =>
        new(new Dictionary<string, IReadOnlyList<LspTextEdit>>(StringComparer.Ordinal) { [uri] = edits });
}

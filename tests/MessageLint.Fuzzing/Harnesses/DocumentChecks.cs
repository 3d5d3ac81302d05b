using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Fuzzing.Harnesses;

/// <summary>The invariants every parsed draft and every report must keep; a broken one throws so the fuzzer records the input.</summary>
public static class DocumentChecks
{
    /// <summary>Checks the text model: prose as long as the text, spans inside it, sentences in order and not overlapping.</summary>
    public static void Verify(MessageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var length = document.Text.Length;
        Require(document.Prose.Length == length, "the prose differs in length from the text");
        var previousEnd = 0;
        foreach (var sentence in document.Sentences)
        {
            RequireInside(sentence.Span, length, "sentence");
            Require(sentence.Span.Start >= previousEnd, $"sentence {sentence.Span} overlaps the one before it");
            previousEnd = sentence.Span.End;
            foreach (var token in sentence.Tokens)
            {
                Require(sentence.Span.Contains(token.Span), $"token {token.Span} lies outside sentence {sentence.Span}");
            }
        }

        foreach (var paragraph in document.Paragraphs)
        {
            RequireInside(paragraph.Span, length, "paragraph");
        }

        foreach (var directive in document.Directives)
        {
            RequireInside(directive.Span, length, "directive");
        }
    }

    /// <summary>Checks a report: no rule failed, and every diagnostic and fix lies inside the text at the line and column it claims.</summary>
    public static void Verify(MessageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = report.Document;
        foreach (var diagnostic in report.Diagnostics)
        {
            Require(diagnostic.Descriptor != EngineDiagnostics.RuleFailed, diagnostic.GetMessage());
            RequireInside(diagnostic.Span, document.Text.Length, diagnostic.Id);
            Require(diagnostic.Location == document.Lines.GetPositionSpan(diagnostic.Span), $"{diagnostic.Id} has a location that does not match its span");
            foreach (var edit in diagnostic.Suggestions.SelectMany(s => s.Edits))
            {
                RequireInside(edit.Span, document.Text.Length, $"{diagnostic.Id} edit");
            }
        }
    }

    private static void RequireInside(TextSpan span, int length, string what)
        => Require(span.Start >= 0 && span.End <= length, $"{what} {span} lies outside a text of {length} code units");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Invariant broken: {message}.");
        }
    }
}

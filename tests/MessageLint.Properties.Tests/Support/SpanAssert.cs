using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Properties.Tests.Support;

/// <summary>Checks that an offset or span of a draft is one an editor can show: inside the text, not between CR and LF, and mapped to a line and column that map back.</summary>
internal static class SpanAssert
{
    public static void Valid(MessageDocument document, TextSpan span, string what)
    {
        var text = document.Text;
        Assert.True(span.Start >= 0 && span.End <= text.Length, $"{what} {span} lies outside a text of {text.Length} code units.");
        Offset(document, span.Start, what);
        Offset(document, span.End, what);
    }

    public static void Offset(MessageDocument document, int offset, string what)
    {
        var text = document.Text;
        Assert.False(offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n', $"{what} offset {offset} splits a CRLF.");
        var position = document.Lines.GetPosition(offset);
        Assert.InRange(position.Line, 0, document.Lines.LineCount - 1);
        var line = document.Lines.GetLineSpan(position.Line, includeBreak: false);
        Assert.InRange(position.Character, 0, line.Length);
        Assert.Equal(offset, document.Lines.GetOffset(position));
    }

    public static void Valid(MessageDocument document, Diagnostic diagnostic)
    {
        Valid(document, diagnostic.Span, diagnostic.Id);
        Assert.Equal(document.Lines.GetPositionSpan(diagnostic.Span), diagnostic.Location);
        foreach (var edit in diagnostic.Suggestions.SelectMany(s => s.Edits))
        {
            Valid(document, edit.Span, $"{diagnostic.Id} edit");
        }
    }

    /// <summary>The text around a span with invisible characters spelled out, so a failure message shows what the parser saw.</summary>
    public static string Excerpt(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 40);
        var end = Math.Min(text.Length, span.End + 40);
        var builder = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            builder.Append(c is < ' ' or (>= '\u007F' and <= '\u00A0') || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
                ? $"\\u{(int)c:X4}"
                : c.ToString());
        }

        return $"\"{builder}\" (from offset {start})";
    }

    /// <summary>True when the text is well-formed UTF-16: every surrogate is half of a pair.</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}

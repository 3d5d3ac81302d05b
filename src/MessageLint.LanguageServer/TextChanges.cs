using MessageLint.Core.Text;
using MessageLint.LanguageServer.Protocol;

namespace MessageLint.LanguageServer;

/// <summary>
/// Applies didChange edits to the server's copy of a document. Positions are UTF-16, like .NET
/// strings; a character past the end of its line means the line's end and a line past the last one
/// means the end of the text, as the protocol asks servers to tolerate.
/// </summary>
internal static class TextChanges
{
    /// <summary>The text after one change: the whole new text, or the range replaced.</summary>
    public static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Range is null)
        {
            return change.Text ?? string.Empty;
        }

        var lines = LineMap.Create(text);
        var start = ToOffset(text, lines, change.Range.Start);
        var end = ToOffset(text, lines, change.Range.End);
        if (end < start)
        {
            (start, end) = (end, start);
        }

        return string.Concat(text.AsSpan(0, start), change.Text ?? string.Empty, text.AsSpan(end));
    }

    /// <summary>The offset of a position in a text, clamped to the text.</summary>
    public static int ToOffset(string text, LineMap lines, Position position)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(position);
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lines.LineCount)
        {
            return text.Length;
        }

        return lines.GetOffset(new LinePosition(position.Line, Math.Max(0, position.Character)));
    }
}

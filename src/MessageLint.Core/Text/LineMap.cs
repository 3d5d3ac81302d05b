namespace MessageLint.Core.Text;

/// <summary>Maps offsets to lines and columns; LF, CRLF and lone CR all end a line.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    private LineMap(int[] lineStarts, int length)
    {
        _lineStarts = lineStarts;
        _length = length;
    }

    /// <summary>Number of lines; an empty text has one empty line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Scans the text once for line breaks.</summary>
    public static LineMap Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return new LineMap([.. starts], text.Length);
    }

    /// <summary>The line and column of an offset; the end of the text is a valid position.</summary>
    public LinePosition GetPosition(int offset)
    {
        if (offset < 0 || offset > _length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"Offset must be within 0..{_length}.");
        }

        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>The line positions of a span's start and end.</summary>
    public LinePositionSpan GetPositionSpan(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>The offset of a line and column, clamped to the line's end.</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0 || position.Line >= _lineStarts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Line is outside the text.");
        }

        var lineSpan = GetLineSpan(position.Line, includeBreak: true);
        return Math.Min(lineSpan.Start + Math.Max(0, position.Character), lineSpan.End);
    }

    /// <summary>The span of a line, with or without its line break.</summary>
    public TextSpan GetLineSpan(int line, bool includeBreak, string? text = null)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _length;
        if (!includeBreak && text is not null)
        {
            while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r'))
            {
                end--;
            }
        }
        else if (!includeBreak && line + 1 < _lineStarts.Length)
        {
            throw new ArgumentException("The text is needed to trim a line break.", nameof(text));
        }

        return TextSpan.FromBounds(start, end);
    }
}

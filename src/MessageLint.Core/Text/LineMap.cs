namespace MessageLint.Core.Text;

/// <summary>Maps offsets to lines and columns; LF, CRLF and lone CR all end a line.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int[] _lineEnds;
    private readonly int _length;

    private LineMap(int[] lineStarts, int[] lineEnds, int length)
    {
        _lineStarts = lineStarts;
        _lineEnds = lineEnds;
        _length = length;
    }

    /// <summary>Number of lines; an empty text has one empty line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Scans the text once for line breaks.</summary>
    public static LineMap Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        var ends = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                ends.Add(i);
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                ends.Add(i);
                starts.Add(i + 1);
            }
        }

        ends.Add(text.Length);
        return new LineMap([.. starts], [.. ends], text.Length);
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

    /// <summary>
    /// The offset of a line and column; a column past the line's end is clamped to the end of its
    /// content, before the line break, as LSP clients expect.
    /// </summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0 || position.Line >= _lineStarts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Line is outside the text.");
        }

        var lineSpan = GetLineSpan(position.Line, includeBreak: false);
        return Math.Min(lineSpan.Start + Math.Max(0, position.Character), lineSpan.End);
    }

    /// <summary>The span of a line, with or without its line break (LF, CRLF or CR).</summary>
    public TextSpan GetLineSpan(int line, bool includeBreak)
    {
        if (line < 0 || line >= _lineStarts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "Line is outside the text.");
        }

        var start = _lineStarts[line];
        var end = includeBreak && line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _lineEnds[line];
        return TextSpan.FromBounds(start, end);
    }
}

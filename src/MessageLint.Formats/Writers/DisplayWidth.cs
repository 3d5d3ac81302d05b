using System.Buffers;
using System.Globalization;
using System.Text;

namespace MessageLint.Formats.Writers;

/// <summary>
/// Terminal columns of text, so underlines stay under their span: one text element (grapheme) at a
/// time, East Asian wide and emoji presentation as two columns, combining and format characters as
/// none, a tab as <see cref="TabWidth"/> spaces. Control characters, bidi controls and lone
/// surrogates are shown as U+FFFD so a draft cannot send escape sequences to the user's terminal. The wide ranges follow Unicode's
/// EastAsianWidth W/F and Emoji_Presentation closely enough for chat text; terminals disagree on a
/// few rare symbols anyway.
/// </summary>
internal static class DisplayWidth
{
    public const int TabWidth = 4;

    private const char Replacement = '\uFFFD';

    // Sorted, non-overlapping [start, end] code point ranges that take two columns.
    private static readonly (int Start, int End)[] WideRanges =
    [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
        (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x2E80, 0x303E),
        (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F), (0xAC00, 0xD7A3),
        (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4),
        (0x17000, 0x18AFF), (0x1B000, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
        (0x1F191, 0x1F19A), (0x1F1E6, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251),
        (0x1F260, 0x1F265), (0x1F300, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0),
        (0x1F90C, 0x1F9FF), (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ];

    /// <summary>The columns the text takes on a terminal.</summary>
    public static int Measure(ReadOnlySpan<char> text) => Render(text, output: null);

    /// <summary>Appends the text as it should be shown (tabs expanded, controls replaced) and returns its columns.</summary>
    public static int Render(ReadOnlySpan<char> text, StringBuilder? output)
    {
        var width = 0;
        while (!text.IsEmpty)
        {
            var length = StringInfo.GetNextTextElementLength(text);
            var element = text[..length];
            width += RenderElement(element, output);
            text = text[length..];
        }

        return width;
    }

    /// <summary>
    /// The text itself when it takes at most <paramref name="maxWidth"/> columns, else its start and "…" within
    /// them; only that start is read, so a quoted sentence of megabytes costs what a short one does.
    /// </summary>
    public static string Shorten(string text, int maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        var cut = -1;
        for (var index = 0; index < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(index));
            width += RenderElement(text.AsSpan(index, length), output: null);
            if (width > maxWidth - 1 && cut < 0)
            {
                cut = index;
            }

            if (width > maxWidth)
            {
                return string.Concat(text.AsSpan(0, cut), "…");
            }

            index += length;
        }

        return text;
    }

    /// <summary>
    /// The text broken at spaces into lines of at most <paramref name="width"/> columns (a word wider than that keeps
    /// a line of its own), at most <paramref name="maxLines"/> of them, the last ending in "…" when text is left over:
    /// advice is read whole, as rustc wraps its notes, instead of being cut off mid-word at the edge.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = Measure(word);
            if (lineWidth > 0 && lineWidth + 1 + wordWidth > width)
            {
                if (lines.Count == maxLines - 1)
                {
                    var last = line.Append(" …").ToString();
                    lines.Add(Measure(last) <= width ? last : Shorten(last, width));
                    return lines;
                }

                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }

            if (lineWidth > 0)
            {
                line.Append(' ');
                lineWidth++;
            }

            line.Append(word);
            lineWidth += wordWidth;
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Appends one text element as it should be shown and returns its columns; callers that cut a line into a window go one element at a time.</summary>
    public static int RenderElement(ReadOnlySpan<char> element, StringBuilder? output)
    {
        if (element[0] == '\t')
        {
            output?.Append(' ', TabWidth * element.Length);
            return TabWidth * element.Length;
        }

        var status = Rune.DecodeFromUtf16(element, out var rune, out _);
        var category = Rune.GetUnicodeCategory(rune);
        if (status != OperationStatus.Done || category == UnicodeCategory.Control || IsBidiControl(rune.Value))
        {
            // Escape sequences and bidi overrides would restyle or reorder the user's terminal;
            // a lone surrogate cannot be encoded at all.
            output?.Append(Replacement);
            return 1;
        }

        output?.Append(element);
        if (element.Contains('\uFE0F') || IsWide(rune.Value))
        {
            return 2;
        }

        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format ? 0 : 1;
    }

    private static bool IsBidiControl(int value) =>
        value is 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    private static bool IsWide(int value)
    {
        if (value < WideRanges[0].Start)
        {
            return false;
        }

        var low = 0;
        var high = WideRanges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (start, end) = WideRanges[middle];
            if (value < start)
            {
                high = middle - 1;
            }
            else if (value > end)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}

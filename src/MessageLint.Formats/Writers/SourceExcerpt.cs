using System.Globalization;
using System.Text;

namespace MessageLint.Formats.Writers;

/// <summary>
/// The part of a source line shown under a finding, and where its underline goes. Chat pastes are often
/// one line of many kilobytes, and printing that line whole under every finding makes a report grow with
/// findings × line length; so a line wider than <see cref="MaxWidth"/> columns is cut, as rustc and ESLint
/// do, to a window around the span with "…" on each cut side, and a span too wide for the window is shown
/// from its start and cut as well. Only a bounded stretch around the span is ever read, so a finding costs
/// the same on a 5 MB line as on a short one.
/// </summary>
internal sealed record SourceExcerpt(string Text, int Indent, int Width)
{
    /// <summary>The widest source text shown, in terminal columns, not counting the "…" marks.</summary>
    public const int MaxWidth = 120;

    /// <summary>Columns of the line kept before a span too wide for the window, so the reader sees where it starts.</summary>
    public const int LeadingContext = 16;

    private const string Ellipsis = "…";

    // UTF-16 units read on either side of a span at most: four per column leaves room for surrogate
    // pairs, ZWJ sequences and combining marks, and a stretch of zero-width text cannot make it unbounded.
    private const int MaxScan = MaxWidth * 4;

    /// <summary>The excerpt of <paramref name="line"/> for the span [<paramref name="start"/>, <paramref name="end"/>) in UTF-16 units of the line.</summary>
    public static SourceExcerpt Of(ReadOnlySpan<char> line, int start, int end)
    {
        if (FitsWhole(line))
        {
            var whole = new StringBuilder();
            DisplayWidth.Render(line, whole);
            return new SourceExcerpt(whole.ToString(), DisplayWidth.Measure(line[..start]), Math.Max(1, DisplayWidth.Measure(line[start..end])));
        }

        var span = TakeForward(line, start, end, MaxWidth - LeadingContext, out var spanStop);
        var spanCut = spanStop < end;
        var spanWidth = span.Sum(e => e.Width);
        var remaining = spanCut ? LeadingContext : MaxWidth - spanWidth;

        // A short tail leaves its unused columns to the text before the span, and the other way round.
        List<Element> after = spanCut ? [] : TakeForward(line, end, line.Length, remaining, out _);
        var before = ElementsBefore(line, start, out var beforeStart);
        var leftBudget = spanCut ? LeadingContext : Math.Max(remaining / 2, remaining - after.Sum(e => e.Width));
        var left = TakeLast(before, leftBudget);
        var leftCut = beforeStart > 0 || left.Count < before.Count;
        var leftWidth = left.Sum(e => e.Width);

        var rightStop = line.Length;
        var right = spanCut ? [] : TakeForward(line, end, line.Length, remaining - leftWidth, out rightStop);
        var rightCut = rightStop < line.Length;

        var text = new StringBuilder();
        text.Append(leftCut ? Ellipsis : string.Empty);
        AppendAll(text, left);
        AppendAll(text, span);
        text.Append(spanCut ? Ellipsis : string.Empty);
        AppendAll(text, right);
        text.Append(rightCut ? Ellipsis : string.Empty);
        return new SourceExcerpt(text.ToString(), (leftCut ? 1 : 0) + leftWidth, Math.Max(1, spanWidth + (spanCut ? 1 : 0)));
    }

    /// <summary>True when the whole line takes at most <see cref="MaxWidth"/> columns, found without reading past that.</summary>
    private static bool FitsWhole(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxScan)
        {
            return false;
        }

        TakeForward(line, 0, line.Length, MaxWidth, out var stop);
        return stop == line.Length;
    }

    /// <summary>Text elements from <paramref name="from"/> towards <paramref name="to"/> while they fit in <paramref name="budget"/> columns.</summary>
    private static List<Element> TakeForward(ReadOnlySpan<char> line, int from, int to, int budget, out int stop)
    {
        var elements = new List<Element>();
        var width = 0;
        var limit = Math.Min(to, from + MaxScan);
        stop = from;
        while (stop < limit)
        {
            var element = NextElement(line[stop..to]);
            if (width + element.Width > budget)
            {
                break;
            }

            elements.Add(element);
            width += element.Width;
            stop += element.Length;
        }

        return elements;
    }

    /// <summary>
    /// Up to <see cref="MaxScan"/> units of text elements before <paramref name="position"/>. Text elements can
    /// only be found going forward, so reading starts a bounded distance back; when that is not the line's
    /// start, the first element may be the tail of a longer one and is left out.
    /// </summary>
    private static List<Element> ElementsBefore(ReadOnlySpan<char> line, int position, out int firstStart)
    {
        firstStart = Math.Max(0, position - MaxScan);
        if (firstStart > 0 && char.IsLowSurrogate(line[firstStart]))
        {
            firstStart++;
        }

        var elements = new List<Element>();
        for (var index = firstStart; index < position;)
        {
            var element = NextElement(line[index..position]);
            elements.Add(element);
            index += element.Length;
        }

        if (firstStart > 0 && elements.Count > 0)
        {
            firstStart += elements[0].Length;
            elements.RemoveAt(0);
        }

        return elements;
    }

    /// <summary>The last elements of <paramref name="elements"/> that fit in <paramref name="budget"/> columns.</summary>
    private static List<Element> TakeLast(List<Element> elements, int budget)
    {
        var width = 0;
        var first = elements.Count;
        while (first > 0 && width + elements[first - 1].Width <= budget)
        {
            width += elements[--first].Width;
        }

        return elements.GetRange(first, elements.Count - first);
    }

    private static Element NextElement(ReadOnlySpan<char> text)
    {
        var length = StringInfo.GetNextTextElementLength(text);
        var shown = new StringBuilder();
        var width = DisplayWidth.RenderElement(text[..length], shown);
        return new Element(shown.ToString(), length, width);
    }

    private static void AppendAll(StringBuilder text, List<Element> elements)
    {
        foreach (var element in elements)
        {
            text.Append(element.Shown);
        }
    }

    /// <summary>One text element: how it is shown, its UTF-16 length in the line, and its columns.</summary>
    private readonly record struct Element(string Shown, int Length, int Width);
}

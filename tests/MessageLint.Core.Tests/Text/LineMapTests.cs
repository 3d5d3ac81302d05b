using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Text;

public sealed class LineMapTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("one line", 1)]
    [InlineData("a\nb", 2)]
    [InlineData("a\r\nb", 2)]
    [InlineData("a\rb", 2)]
    [InlineData("a\n", 2)]
    [InlineData("a\r\n\r\nb", 3)]
    [InlineData("a\n\rb", 3)]
    [InlineData("\r\n", 2)]
    public void Line_count_counts_every_kind_of_line_break_once(string text, int expected)
    {
        Assert.Equal(expected, LineMap.Create(text).LineCount);
    }

    [Theory]
    // text, offset, line, character
    [InlineData("", 0, 0, 0)]
    [InlineData("abc", 0, 0, 0)]
    [InlineData("abc", 3, 0, 3)]
    [InlineData("ab\ncd", 2, 0, 2)]
    [InlineData("ab\ncd", 3, 1, 0)]
    [InlineData("ab\ncd", 5, 1, 2)]
    [InlineData("ab\r\ncd", 2, 0, 2)]
    [InlineData("ab\r\ncd", 3, 0, 3)]
    [InlineData("ab\r\ncd", 4, 1, 0)]
    [InlineData("ab\r\ncd", 6, 1, 2)]
    [InlineData("ab\rcd", 3, 1, 0)]
    [InlineData("ab\rcd", 5, 1, 2)]
    [InlineData("ab\n", 3, 1, 0)]
    [InlineData("ab\r\n", 4, 1, 0)]
    [InlineData("ab\r", 3, 1, 0)]
    [InlineData("a\n\nb", 2, 1, 0)]
    [InlineData("a\n\nb", 3, 2, 0)]
    [InlineData("😀x\ny", 2, 0, 2)]
    [InlineData("😀x\ny", 4, 1, 0)]
    public void Offsets_map_to_zero_based_lines_and_utf16_columns(string text, int offset, int line, int character)
    {
        var map = LineMap.Create(text);

        Assert.Equal(new LinePosition(line, character), map.GetPosition(offset));
    }

    [Theory]
    [InlineData("ab\ncd\r\nef\rgh")]
    [InlineData("\n\n\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("")]
    [InlineData("Привет 👋🏽\r\nмир")]
    public void Every_offset_except_inside_a_crlf_round_trips_through_its_position(string text)
    {
        var map = LineMap.Create(text);

        for (var offset = 0; offset <= text.Length; offset++)
        {
            if (offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n')
            {
                continue;
            }

            Assert.Equal(offset, map.GetOffset(map.GetPosition(offset)));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Offsets_outside_the_text_are_rejected(int offset)
    {
        var map = LineMap.Create("abc");

        Assert.Throws<ArgumentOutOfRangeException>(() => map.GetPosition(offset));
    }

    [Theory]
    // text, line, start, end without break, end with break
    [InlineData("ab\ncd", 0, 0, 2, 3)]
    [InlineData("ab\ncd", 1, 3, 5, 5)]
    [InlineData("ab\r\ncd", 0, 0, 2, 4)]
    [InlineData("ab\rcd", 0, 0, 2, 3)]
    [InlineData("ab\r\n", 1, 4, 4, 4)]
    [InlineData("", 0, 0, 0, 0)]
    public void Line_spans_stop_before_or_after_the_line_break(string text, int line, int start, int endWithoutBreak, int endWithBreak)
    {
        var map = LineMap.Create(text);

        Assert.Equal(TextSpan.FromBounds(start, endWithoutBreak), map.GetLineSpan(line, includeBreak: false));
        Assert.Equal(TextSpan.FromBounds(start, endWithBreak), map.GetLineSpan(line, includeBreak: true));
    }

    [Theory]
    [InlineData("ab\ncd", 0, 2)]
    [InlineData("ab\r\ncd", 0, 2)]
    [InlineData("ab\rcd", 0, 2)]
    [InlineData("ab\ncd", 1, 5)]
    public void A_column_past_the_end_of_a_line_is_clamped_before_its_line_break(string text, int line, int expected)
    {
        var map = LineMap.Create(text);

        Assert.Equal(expected, map.GetOffset(new LinePosition(line, 99)));
    }

    [Fact]
    public void A_span_maps_to_the_positions_of_its_start_and_end()
    {
        var map = LineMap.Create("first\r\nsecond line");

        var span = map.GetPositionSpan(TextSpan.FromBounds(7, 13));

        Assert.Equal(new LinePositionSpan(new LinePosition(1, 0), new LinePosition(1, 6)), span);
    }

    [Fact]
    public void Positions_print_one_based_as_editors_show_them()
    {
        Assert.Equal("2:5", new LinePosition(1, 4).ToString());
    }
}

using System.Text;
using MessageLint.Formats.Input;

namespace MessageLint.Formats.Tests.Input;

/// <summary>
/// A UTF-16 byte-order mark is believed only when what follows reads as UTF-16 text: UTF-8 behind a
/// stray FF FE is read as UTF-8, and bytes that are neither are refused, never checked as CJK noise.
/// </summary>
public sealed class ByteOrderMarkTests
{
    private const string Draft = "Привет! Как я уже писал, макет будет скоро.\nHi Anna, the logo is ready.\n";

    [Fact]
    public void Utf8_text_behind_a_utf16_mark_is_read_as_utf8()
    {
        var read = Read([0xFF, 0xFE, .. Encoding.UTF8.GetBytes(Draft)]);

        Assert.Null(read.Problem);
        Assert.Equal(Draft, read.Text);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_plausible_utf16_are_refused()
    {
        // The QA reviewer's file: FF FE, a stray FA, a UTF-8 word, then an invalid UTF-8 sequence.
        byte[] bytes = [0xFF, 0xFE, 0xFA, 0x20, .. Encoding.UTF8.GetBytes("Привет"), 0x20, 0xC3, 0x28, 0x0A];

        var read = Read(bytes);

        Assert.Null(read.Text);
        Assert.StartsWith("is not readable text: decoded as UTF-16 by its byte-order mark, it has control, unassigned or private-use characters (1 of 9)", read.Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_odd_byte_count_after_a_utf16_mark_that_is_not_utf8_is_refused()
    {
        var read = Read([0xFF, 0xFE, 0x3F, 0x04, 0xC3]);

        Assert.Equal("is not valid UTF-16 despite its byte-order mark (nor UTF-8 after it); save it as UTF-8", read.Problem?.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Genuine_utf16_text_is_still_read(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        var read = Read([.. encoding.GetPreamble(), .. encoding.GetBytes(Draft)]);

        Assert.Null(read.Problem);
        Assert.Equal(Draft, read.Text);
    }

    [Fact]
    public void Genuine_utf16_cjk_text_without_ascii_is_still_read()
    {
        const string Chinese = "你好，设计稿已经准备好了。";
        var encoding = new UnicodeEncoding(false, byteOrderMark: true);

        var read = Read([.. encoding.GetPreamble(), .. encoding.GetBytes(Chinese)]);

        Assert.Equal(Chinese, read.Text);
    }

    private static DraftReadResult Read(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        return new DraftReader().Read(new InputItem(InputKind.StandardInput, "<stdin>"), input);
    }
}

using System.Text;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Tests.Readers;

/// <summary>
/// The exporter writes control characters as "\x1f", which JSON does not allow; the repair stream turns
/// them into "\u001f" inside strings and leaves every other byte alone, whatever the reader's buffer size.
/// </summary>
public sealed class TelegramEscapeRepairStreamTests
{
    [Theory]
    [InlineData("""{"text": "a\x1fb"}""", """{"text": "a\u001fb"}""")]
    [InlineData("""{"x": 1, "text": "no escape", "y": "\x01"}""", """{"x": 1, "text": "no escape", "y": "\u0001"}""")]
    [InlineData("""{"text": "an escaped quote \" then \x02"}""", """{"text": "an escaped quote \" then \u0002"}""")]
    [InlineData("""{"text": "an escaped backslash \\x41 is text"}""", """{"text": "an escaped backslash \\x41 is text"}""")]
    [InlineData("""\x41 outside a string {"a": "\n"}""", """\x41 outside a string {"a": "\n"}""")]
    public void Backslash_x_inside_strings_becomes_backslash_u00(string input, string expected)
    {
        foreach (var bufferSize in (int[])[1, 2, 3, 7, 64, 1 << 16])
        {
            Assert.Equal(expected, Repair(Encoding.UTF8.GetBytes(input), bufferSize));
        }
    }

    [Fact]
    public void Random_input_reads_the_same_byte_by_byte_and_in_bulk()
    {
        var random = new Random(20261130);
        byte[] alphabet = [.. "\"\\x{}: abcф\n"u8];
        for (var round = 0; round < 300; round++)
        {
            var input = new byte[random.Next(0, 400)];
            for (var i = 0; i < input.Length; i++)
            {
                input[i] = alphabet[random.Next(alphabet.Length)];
            }

            var expected = Reference(input);
            foreach (var bufferSize in (int[])[1, 5, 30, 4096])
            {
                Assert.Equal(expected, Repair(input, bufferSize));
            }
        }
    }

    private static string Repair(byte[] input, int bufferSize)
    {
        using var stream = new TelegramEscapeRepairStream(new MemoryStream(input));
        using var output = new MemoryStream();
        var buffer = new byte[bufferSize];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>The rewrite spelled out one byte at a time, as the stream did before it copied runs in bulk.</summary>
    private static string Reference(byte[] input)
    {
        var output = new List<byte>();
        var inString = false;
        var afterBackslash = false;
        foreach (var b in input)
        {
            if (afterBackslash)
            {
                afterBackslash = false;
                if (b == (byte)'x')
                {
                    output.AddRange("u00"u8.ToArray());
                    continue;
                }
            }
            else if (inString && b == (byte)'\\')
            {
                afterBackslash = true;
            }
            else if (b == (byte)'"')
            {
                inString = !inString;
            }

            output.Add(b);
        }

        return Encoding.UTF8.GetString([.. output]);
    }
}

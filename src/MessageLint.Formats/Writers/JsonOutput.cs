using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MessageLint.Formats.Writers;

/// <summary>The JSON settings the machine-readable formats share, so their bytes are the same on every machine.</summary>
internal static class JsonOutput
{
    /// <summary>
    /// Indented with LF on every OS, and Cyrillic left readable: the output is a file or a pipe,
    /// never inlined into HTML, so HTML-sensitive characters need no escaping.
    /// </summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document followed by a line break.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.WriteLine();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MessageLint.Benchmarks;

/// <summary>
/// Writes a synthetic Telegram Desktop channel export (result.json) in the exporter's own layout —
/// one-space indentation, <c>text</c> and <c>text_entities</c>, service messages, forwards, photos
/// without captions, replies — from a fixed seed, so every run measures the same bytes. A post is one
/// to three texts of a <see cref="PostPool"/>, each flagged with probability 12% and clean otherwise.
/// </summary>
public static class TelegramExportGenerator
{
    /// <summary>Writes an export of <paramref name="count"/> records to a stream.</summary>
    public static void Write(Stream output, int count, PostPool pool, int seed = 20240101)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var random = new Random(seed);
        var start = new DateTimeOffset(2021, 1, 4, 9, 0, 0, TimeSpan.FromHours(3));
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write("{\n \"name\": \"Студия «Пиксель»\",\n \"type\": \"public_channel\",\n \"id\": 1733210057,\n \"messages\": [");
        var date = start;
        for (var id = 1; id <= count; id++)
        {
            date = date.AddMinutes(20 + random.Next(0, 600));
            writer.Write(id == 1 ? "\n  {\n" : ",\n  {\n");
            writer.Write($"   \"id\": {id},\n");
            var kind = random.Next(100);
            if (kind < 2)
            {
                writer.Write("   \"type\": \"service\",\n");
                WriteDate(writer, date);
                writer.Write("   \"actor\": \"Студия «Пиксель»\",\n   \"actor_id\": \"channel1733210057\",\n   \"action\": \"pin_message\",\n   \"message_id\": ");
                writer.Write(Math.Max(1, id - 1).ToString(CultureInfo.InvariantCulture));
                writer.Write(",\n   \"text\": \"\",\n   \"text_entities\": []\n  }");
                continue;
            }

            writer.Write("   \"type\": \"message\",\n");
            WriteDate(writer, date);
            writer.Write("   \"from\": \"Студия «Пиксель»\",\n   \"from_id\": \"channel1733210057\",\n");
            if (kind < 5)
            {
                writer.Write("   \"forwarded_from\": \"Чат дизайнеров\",\n");
            }

            if (kind is >= 5 and < 8)
            {
                writer.Write($"   \"reply_to_message_id\": {Math.Max(1, id - random.Next(1, 20))},\n");
            }

            if (kind is >= 8 and < 12)
            {
                writer.Write("   \"photo\": \"(File not included. Change data exporting settings to download.)\",\n   \"width\": 1280,\n   \"height\": 853,\n   \"text\": \"\",\n   \"text_entities\": []\n  }");
                continue;
            }

            var parts = random.Next(1, 4);
            var text = new StringBuilder();
            for (var p = 0; p < parts; p++)
            {
                text.Append(p == 0 ? string.Empty : "\n\n").Append(random.Next(100) < 12 ? pool.Flagged[random.Next(pool.Flagged.Count)] : pool.Clean[random.Next(pool.Clean.Count)]);
            }

            var value = Quote(text.ToString());
            writer.Write($"   \"text\": {value},\n   \"text_entities\": [\n    {{\n     \"type\": \"plain\",\n     \"text\": {value}\n    }}\n   ]\n  }}");
        }

        writer.Write("\n ]\n}");
    }

    /// <summary>Writes the same posts as plain text, one post a paragraph, for linters that read text files.</summary>
    public static int WriteText(Stream output, int count, PostPool pool, int seed = 20240101)
    {
        using var buffer = new MemoryStream();
        Write(buffer, count, pool, seed);
        buffer.Position = 0;
        using var document = JsonDocument.Parse(buffer);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var written = 0;
        foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            if (message.GetProperty("type").GetString() != "message" || message.TryGetProperty("forwarded_from", out _))
            {
                continue;
            }

            var text = message.GetProperty("text").GetString();
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            writer.Write(text.ReplaceLineEndings(" "));
            writer.Write("\n\n");
            written++;
        }

        return written;
    }

    private static void WriteDate(StreamWriter writer, DateTimeOffset date)
    {
        writer.Write("   \"date\": \"");
        writer.Write(date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        writer.Write("\",\n   \"date_unixtime\": \"");
        writer.Write(date.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        writer.Write("\",\n");
    }

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Quote(string text) => JsonSerializer.Serialize(text, QuoteOptions);
}

using System.Text;
using System.Text.Json;

namespace MessageLint.Core.Configuration;

/// <summary>Reads JSON into <see cref="JsonConfigNode"/>s that remember their character offsets.</summary>
internal static class JsonConfigTreeReader
{
    private const int MaxDepth = 32;

    public static JsonConfigNode Read(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var offsets = new ByteToCharOffsets(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        });
        if (!reader.Read())
        {
            throw new JsonException("The configuration file is empty; it must hold a JSON object.", null, 0, 0);
        }

        var root = ReadValue(ref reader, offsets);
        if (reader.Read())
        {
            throw new JsonException("Unexpected content after the configuration object.", null, null, null);
        }

        return root;
    }

    private static JsonConfigNode ReadValue(ref Utf8JsonReader reader, ByteToCharOffsets offsets)
    {
        var offset = offsets.ToChar((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new JsonConfigNode { Kind = JsonTokenType.StartObject, Offset = offset };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString() ?? string.Empty;
                    var nameOffset = offsets.ToChar((int)reader.TokenStartIndex);
                    reader.Read();
                    node.Properties.Add(new JsonConfigProperty(name, nameOffset, ReadValue(ref reader, offsets)));
                }

                return node;
            }

            case JsonTokenType.StartArray:
            {
                var node = new JsonConfigNode { Kind = JsonTokenType.StartArray, Offset = offset };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, offsets));
                }

                return node;
            }

            case JsonTokenType.String:
                return new JsonConfigNode { Kind = JsonTokenType.String, Offset = offset, StringValue = reader.GetString() };
            default:
                return new JsonConfigNode { Kind = reader.TokenType, Offset = offset, StringValue = Encoding.UTF8.GetString(reader.ValueSpan) };
        }
    }

    /// <summary>Converts UTF-8 byte offsets to UTF-16 offsets incrementally.</summary>
    private sealed class ByteToCharOffsets(byte[] bytes)
    {
        private int _byte;
        private int _char;

        public int ToChar(int byteOffset)
        {
            if (byteOffset < _byte)
            {
                _byte = 0;
                _char = 0;
            }

            _char += Encoding.UTF8.GetCharCount(bytes, _byte, byteOffset - _byte);
            _byte = byteOffset;
            return _char;
        }
    }
}

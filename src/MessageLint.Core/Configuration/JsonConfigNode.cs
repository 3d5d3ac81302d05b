using System.Text.Json;

namespace MessageLint.Core.Configuration;

/// <summary>A JSON value with the character offset it starts at, so configuration errors can point at it.</summary>
internal sealed class JsonConfigNode
{
    public required JsonTokenType Kind { get; init; }

    public required int Offset { get; init; }

    public string? StringValue { get; init; }

    public List<JsonConfigProperty> Properties { get; } = [];

    public List<JsonConfigNode> Items { get; } = [];

    public string Describe() => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}

namespace MessageLint.Core.Configuration;

/// <summary>A property of a configuration object with the offset of its name.</summary>
internal sealed record JsonConfigProperty(string Name, int NameOffset, JsonConfigNode Value);

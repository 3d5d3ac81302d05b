namespace MessageLint.Formats.Archive;

/// <summary>One piece of a Telegram message's text: plain text or an entity (bold, link, code, blockquote…).</summary>
/// <param name="Type">The exporter's entity type; "plain" for plain text.</param>
/// <param name="Text">The piece's text.</param>
public sealed record TelegramTextPart(string Type, string Text);

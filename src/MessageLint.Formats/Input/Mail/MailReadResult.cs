namespace MessageLint.Formats.Input.Mail;

/// <summary>
/// What an .eml file gives to check: the text, and when the positions in it are not file positions,
/// a note saying what they are; or the reason it could not be read.
/// </summary>
/// <param name="Text">The text to check, or null when it could not be read.</param>
/// <param name="PositionNote">Null when line and column positions in the text are those of the file.</param>
/// <param name="Problem">Why the file could not be read, or null.</param>
internal sealed record MailReadResult(string? Text, string? PositionNote, string? Problem);

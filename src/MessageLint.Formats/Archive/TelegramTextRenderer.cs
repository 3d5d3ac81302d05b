using System.Text;

namespace MessageLint.Formats.Archive;

/// <summary>
/// Turns a Telegram message's text parts into the plain text MessageLint checks. Formatting is
/// dropped, but what is not the author's own prose is marked the way chat drafts mark it, so the
/// engine skips it: code in backticks or fences, block quotes as "&gt; " lines. Links, e-mail
/// addresses and @mentions stay as written; the engine already skips them.
/// </summary>
public static class TelegramTextRenderer
{
    /// <summary>Renders the parts in order.</summary>
    public static string Render(IReadOnlyList<TelegramTextPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 1 && parts[0].Type == "plain")
        {
            return parts[0].Text;
        }

        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            switch (part.Type)
            {
                case "code" when part.Text.Length > 0 && !part.Text.Contains('`', StringComparison.Ordinal) && !part.Text.Contains('\n', StringComparison.Ordinal):
                    builder.Append('`').Append(part.Text).Append('`');
                    break;
                case "code":
                case "pre":
                    StartLine(builder);
                    builder.Append("```\n").Append(part.Text);
                    StartLine(builder);
                    builder.Append("```\n");
                    break;
                case "blockquote":
                case "expandable_blockquote":
                    StartLine(builder);
                    foreach (var line in part.Text.Split('\n'))
                    {
                        builder.Append("> ").Append(line).Append('\n');
                    }

                    break;
                default:
                    builder.Append(part.Text);
                    break;
            }
        }

        return builder.ToString();
    }

    private static void StartLine(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != '\n')
        {
            builder.Append('\n');
        }
    }
}

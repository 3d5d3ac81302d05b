using System.Text;
using MimeKit.Text;

namespace MessageLint.Formats.Input.Mail;

/// <summary>
/// The readable text of an HTML-only mail body, from MimeKit's HTML tokenizer: tags dropped, character
/// references decoded, block elements as line breaks, scripts and styles left out, and block quotes
/// written as "&gt; " lines so they are masked as the client's words, as in a plain-text reply.
/// </summary>
internal static class HtmlMailText
{
    public static string ToPlainText(string html)
    {
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true };
        var text = new StringBuilder(html.Length / 2);
        var quoteDepth = 0;
        var hiddenDepth = 0;
        var atLineStart = true;
        var pendingSpace = false;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id is HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head or HtmlTagId.Title:
                    if (!tag.IsEmptyElement)
                    {
                        hiddenDepth = Math.Max(0, hiddenDepth + (tag.IsEndTag ? -1 : 1));
                    }

                    break;
                case HtmlTagToken tag when tag.Id == HtmlTagId.BlockQuote:
                    quoteDepth = Math.Max(0, quoteDepth + (tag.IsEndTag ? -1 : 1));
                    NewLine();
                    break;
                case HtmlTagToken tag when tag.Id == HtmlTagId.P:
                    NewLine();
                    if (tag.IsEndTag && text.Length > 0 && !text.ToString(Math.Max(0, text.Length - 2), Math.Min(2, text.Length)).Equals("\n\n", StringComparison.Ordinal))
                    {
                        // A paragraph ends with an empty line, as paragraphs do in plain-text mail.
                        text.Append('\n');
                    }

                    break;
                case HtmlTagToken tag when tag.Id == HtmlTagId.Br:
                    NewLine(force: true);
                    break;
                case HtmlTagToken tag when IsBlock(tag.Id):
                    NewLine();
                    break;
                case HtmlDataToken data when hiddenDepth == 0 && token.Kind == HtmlTokenKind.Data:
                    Write(data.Data);
                    break;
            }
        }

        return text.ToString().Trim('\n', ' ');

        void NewLine(bool force = false)
        {
            if (force || !atLineStart)
            {
                text.Append('\n');
            }

            atLineStart = true;
            pendingSpace = false;
        }

        void Write(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = !atLineStart;
                    continue;
                }

                if (atLineStart)
                {
                    for (var i = 0; i < quoteDepth; i++)
                    {
                        text.Append("> ");
                    }

                    atLineStart = false;
                }
                else if (pendingSpace)
                {
                    text.Append(' ');
                }

                pendingSpace = false;
                text.Append(c);
            }
        }
    }

    private static bool IsBlock(HtmlTagId id) => id is HtmlTagId.Div or HtmlTagId.LI or HtmlTagId.UL or HtmlTagId.OL
        or HtmlTagId.TR or HtmlTagId.Table or HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3 or HtmlTagId.H4 or HtmlTagId.H5
        or HtmlTagId.H6 or HtmlTagId.Pre or HtmlTagId.HR or HtmlTagId.Body or HtmlTagId.Html;
}

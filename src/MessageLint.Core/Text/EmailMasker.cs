using System.Text.RegularExpressions;
using MessageLint.Core.Suppression;

namespace MessageLint.Core.Text;

/// <summary>
/// Hides from rules what an e-mail message holds besides the sender's own words: the header block
/// (addresses, dates, MIME fields) except a fresh Subject, a reply's "Re: …" subject (the client's),
/// and in the body the quoted reply with its "On … wrote:" line or an Outlook-style original message.
/// Positions stay those of the raw message, so findings point into the .eml file itself.
/// </summary>
internal static partial class EmailMasker
{
    public static ProseMask Mask(string text, IReadOnlyList<SuppressionDirective> directives)
    {
        var mask = new ProseMask(text, startBlank: false);
        var bodyStart = MailHeaderBlock.BodyStart(text);
        if (bodyStart > 0)
        {
            MaskHeaders(mask, text, bodyStart);
        }

        PlainTextMasker.Apply(mask, directives);
        MaskQuotedReply(mask, text, bodyStart);
        return mask;
    }

    private static void MaskHeaders(ProseMask mask, string text, int bodyStart)
    {
        var hiddenFrom = 0;
        var subject = SubjectPattern().Match(text[..bodyStart]);
        if (subject.Success)
        {
            var value = subject.Groups["value"];
            var kept = TextSpan.FromBounds(value.Index, value.Index + value.Length);
            if (ReplyPrefixPattern().IsMatch(value.Value))
            {
                // "Re: …" repeats the subject the client wrote.
                mask.Exclude(kept, ExcludedRegionKind.Quote);
            }
            else if (value.Value.Contains("=?", StringComparison.Ordinal))
            {
                // RFC 2047 encoded words are not text until decoded; a reader that decodes them passes the decoded subject.
                mask.Exclude(kept, ExcludedRegionKind.MailHeader);
            }

            mask.Exclude(TextSpan.FromBounds(0, kept.Start), ExcludedRegionKind.MailHeader);
            Unfold(mask, text, kept);
            hiddenFrom = kept.End;
        }

        mask.Exclude(TextSpan.FromBounds(hiddenFrom, bodyStart), ExcludedRegionKind.MailHeader);
    }

    /// <summary>
    /// A long Subject is folded over lines that start with white space (RFC 5322 §2.2.3); its prose
    /// is unfolded, so a line break inside it does not end a sentence. Offsets stay those of the file.
    /// </summary>
    private static void Unfold(ProseMask mask, string text, TextSpan value)
    {
        for (var i = value.Start; i < value.End; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                mask.Reveal(i, ' ');
            }
        }
    }

    private static void MaskQuotedReply(ProseMask mask, string text, int bodyStart)
    {
        var body = text.AsSpan(bodyStart);
        if (body.IndexOfAny(':', '-') < 0)
        {
            return;
        }

        foreach (Match match in AttributionPattern().Matches(text, bodyStart))
        {
            mask.Exclude(new TextSpan(match.Index, match.Length), ExcludedRegionKind.Quote);
        }

        var original = OriginalMessagePattern().Match(text, bodyStart);
        if (original.Success)
        {
            // Outlook copies the client's message below its own header block, without ">" quoting.
            mask.Exclude(TextSpan.FromBounds(original.Index, text.Length), ExcludedRegionKind.Quote);
        }
    }

    // The value runs over folded continuation lines (those starting with a space or a tab).
    [GeneratedRegex(@"(?<=\A|[\r\n])Subject:(?<value>[^\r\n]*(?:(?:\r\n|\n|\r)[ \t][^\r\n]*)*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern();

    [GeneratedRegex(@"\A\s*(?:re|fwd?|aw|wg|sv|vs|antw|отв|ответ|пер|переслано)\s*(?:\[\d+\]|\(\d+\))?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefixPattern();

    // "On Mon, 3 Mar 2025 at 10:00, Anna <anna@x.org> wrote:" (clients wrap it over two lines),
    // «3 марта 2025 г., Анна пишет:» / «… написала:», and Gmail's «пн, 3 мар. 2025 г. в 10:00, Анна <anna@x.org>:».
    [GeneratedRegex(@"(?<=\A|[\r\n])[ \t]*(?:On\s[^\r\n]{0,300}?(?:(?:\r\n|\n|\r)[^\r\n]{0,300}?)?\swrote|[^\r\n]{0,300}?\s(?:пишет|писал|написал|написала|написал\(а\))|[^\r\n]{0,300}?<[^<>\s@]+@[^<>\s]+>)[ \t]*:[ \t]*(?=[\r\n]|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionPattern();

    [GeneratedRegex(@"(?<=\A|[\r\n])[ \t]*(?:-{2,}\s*(?:Original Message|Исходное сообщение|Пересылаемое сообщение|Forwarded message)\s*-{2,}|(?:From|От):[^\r\n]*(?:\r\n|\n|\r)(?:Sent|Date|Отправлено|Дата):)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalMessagePattern();
}

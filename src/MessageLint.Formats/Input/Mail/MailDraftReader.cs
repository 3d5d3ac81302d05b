using System.Text;
using System.Text.RegularExpressions;
using MessageLint.Core.Text;
using MimeKit;

namespace MessageLint.Formats.Input.Mail;

/// <summary>
/// Reads an .eml message with MimeKit and gives the part the sender wrote: the text/plain body (or the
/// text of an HTML-only one), decoded from quoted-printable or base64 and from its charset (koi8-r,
/// windows-1251…), with its Subject. A plain UTF-8 message whose body is not encoded is given whole,
/// so positions are those of the file and the header block is masked by <see cref="Core.Text.DocumentFormat.Email"/>;
/// any other is given as a decoded message of its own, "Subject: …", an empty line and the body text,
/// with a note saying so.
/// </summary>
internal static partial class MailDraftReader
{
    static MailDraftReader()
    {
        // Russian mail still comes in koi8-r and windows-1251, which .NET knows only through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static MailReadResult Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return ReadMessage(bytes);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or DecoderFallbackException or IOException)
        {
            // MimeKit is lenient, but a damaged part can still fail while decoding: an input error, never a crash.
            return Unreadable($"could not be read as an e-mail message ({ex.Message.TrimEnd('.')})");
        }
    }

    private static MailReadResult ReadMessage(ReadOnlySpan<byte> bytes)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            message = new MimeParser(stream, MimeFormat.Entity).ParseMessage();
        }
        catch (FormatException ex)
        {
            return Unreadable($"is not an e-mail message ({ex.Message.TrimEnd('.').ToLowerInvariant()}); save it from your mail client, or rename it to .txt to check it as plain text");
        }

        var parts = message.BodyParts.OfType<TextPart>().Where(part => !part.IsAttachment).ToList();
        var body = parts.FirstOrDefault(part => part.IsPlain) ?? parts.FirstOrDefault(part => part.IsHtml);
        if (body is null)
        {
            return Unreadable("has no text/plain or text/html part to check");
        }

        if (AsWholeFile(message, body, bytes) is { } whole)
        {
            return HasEncodedSubject(message)
                ? new MailReadResult(WithDecodedSubject(whole, message.Subject ?? string.Empty), "its Subject is encoded (RFC 2047), so column positions on the Subject line are those of the decoded Subject; all other positions are the file's", null)
                : new MailReadResult(whole, null, null);
        }

        var text = body.IsHtml ? HtmlMailText.ToPlainText(body.Text) : body.Text;
        var subject = LineBreaks().Replace(message.Subject ?? string.Empty, " ");
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(subject))
        {
            return Unreadable("is empty: there is nothing to check");
        }

        var note = $"{WhyDecoded(message, body)}, so its line:column positions are those of the decoded message: line 1 is its Subject, its text starts on line 3";
        return new MailReadResult($"Subject: {subject}\n\n{text}", note, null);
    }

    /// <summary>The file's own text, when the body is one unencoded UTF-8 text/plain part.</summary>
    private static string? AsWholeFile(MimeMessage message, TextPart body, ReadOnlySpan<byte> bytes)
    {
        if (!ReferenceEquals(message.Body, body) || !body.IsPlain || !IsUnencoded(body) || !IsUtf8(body.ContentType.Charset))
        {
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return MailHeaderBlock.StartsWithHeader(text) ? text : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The file's text with its encoded Subject value replaced by the decoded one; the value's folded
    /// line breaks are kept, so every line after it keeps its number.
    /// </summary>
    private static string WithDecodedSubject(string text, string subject)
    {
        var headerEnd = MailHeaderBlock.BodyStart(text);
        var field = SubjectField().Match(text, 0, headerEnd);
        if (!field.Success)
        {
            return text;
        }

        var value = field.Groups["value"];
        var breaks = string.Concat(LineBreaks().Matches(value.Value).Select(m => m.Value + " "));
        return string.Concat(text[..value.Index], " ", LineBreaks().Replace(subject, " "), breaks, text[(value.Index + value.Length)..]);
    }

    private static string WhyDecoded(MimeMessage message, TextPart body)
    {
        if (!ReferenceEquals(message.Body, body))
        {
            return $"it is a {message.Body?.ContentType.MimeType} message, checked by its {body.ContentType.MimeType} part";
        }

        var encoded = IsUnencoded(body) ? string.Empty : $" {EncodingName(body.ContentTransferEncoding)}-encoded";
        var html = body.IsHtml ? " HTML" : string.Empty;
        var charset = IsUtf8(body.ContentType.Charset) ? string.Empty : $" in {body.ContentType.Charset}";
        return $"its text is{encoded}{html}{charset}";
    }

    private static string EncodingName(ContentEncoding encoding) => encoding switch
    {
        ContentEncoding.QuotedPrintable => "quoted-printable",
        ContentEncoding.Base64 => "base64",
        ContentEncoding.UUEncode => "uuencode",
        _ => encoding.ToString().ToLowerInvariant(),
    };

    private static bool IsUnencoded(TextPart body)
        => body.ContentTransferEncoding is ContentEncoding.Default or ContentEncoding.SevenBit or ContentEncoding.EightBit or ContentEncoding.Binary;

    private static bool IsUtf8(string? charset)
        => charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase) || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase);

    private static bool HasEncodedSubject(MimeMessage message)
        => message.Headers.Any(header => header.Id == HeaderId.Subject && Encoding.Latin1.GetString(header.RawValue).Contains("=?", StringComparison.Ordinal));

    private static MailReadResult Unreadable(string reason) => new(null, null, reason);

    [GeneratedRegex(@"(?<=\A|[\r\n])Subject:(?<value>[^\r\n]*(?:(?:\r\n|\n|\r)[ \t][^\r\n]*)*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectField();

    [GeneratedRegex(@"\r\n|\n|\r")]
    private static partial Regex LineBreaks();
}

using MessageLint.Core.Configuration;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;
using MessageLint.Formats.Input;
using MessageLint.Formats.Tests.TestRules;

namespace MessageLint.Formats.Tests.Input;

/// <summary>
/// .eml drafts are read as e-mail: headers are not prose, the body is decoded from its transfer
/// encoding and charset, quoted replies are the client's words, and positions map back to the file
/// when the body is stored as it reads. The messages under TestData/mail are in the formats mail
/// clients write (CRLF, RFC 2047 subjects, quoted-printable, base64, koi8-r, windows-1251, multipart).
/// </summary>
public sealed class MailDraftReaderTests
{
    private static readonly LintEngine Engine = new([new UrgencyTestRule()]);

    [Fact]
    public void A_plain_reply_is_checked_in_place_with_its_headers_re_subject_and_quoted_client_hidden()
    {
        var read = Read("reply-quoted.eml");

        Assert.Null(read.Problem);
        Assert.Null(read.PositionNote);
        Assert.Equal(DocumentFormat.Email, read.Format);
        Assert.Equal(File.ReadAllText(PathOf("reply-quoted.eml")), read.Text);

        // "Срочно" in "Subject: Re: …" and "срочно" in the quoted lines are the client's; only the sender's own one is found.
        Assert.Equal(["13:14 срочно"], Findings(read));
    }

    [Fact]
    public void Headers_are_not_prose_but_a_fresh_subject_is()
    {
        const string Message = "From: Ivan <ivan@studio.example>\r\nX-Note: ASAP\r\nSubject: Logo needed ASAP\r\n\r\nHi Anna, the logo is attached.\r\n";

        var document = MessageDocument.Parse(Message, DocumentFormat.Email);

        Assert.Equal(["Logo needed ASAP", "Hi Anna, the logo is attached."], document.Sentences.Select(s => s.Prose.Trim()));
        Assert.Equal(["3:22 ASAP"], Findings(new DraftReadResult(Message, DocumentFormat.Email, null)));
    }

    [Theory]
    [InlineData("ru-quoted-printable.eml", "its text is quoted-printable-encoded")]
    [InlineData("ru-base64-koi8r.eml", "its text is base64-encoded in koi8-r")]
    [InlineData("ru-8bit-windows1251.eml", "its text is in windows-1251")]
    public void An_encoded_russian_body_is_checked_decoded_and_the_note_says_where_positions_are(string file, string why)
    {
        var read = Read(file);

        Assert.Null(read.Problem);
        Assert.StartsWith($"{why}, so its line:column positions are those of the decoded message: line 1 is its Subject", read.PositionNote, StringComparison.Ordinal);
        Assert.StartsWith("Subject: ", read.Text, StringComparison.Ordinal);
        Assert.Contains("Как я уже писал, макет главной будет скоро.", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("=D0", read.Text, StringComparison.Ordinal);
        Assert.Equal(["6:1 Срочно"], Findings(read));
    }

    [Fact]
    public void The_subject_of_an_encoded_message_is_decoded_too()
    {
        Assert.StartsWith("Subject: Тексты для сайта\n\n", Read("ru-base64-koi8r.eml").Text, StringComparison.Ordinal);
        Assert.StartsWith("Subject: Макет главной страницы\n\n", Read("ru-quoted-printable.eml").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multipart_alternative_message_is_checked_by_its_text_plain_part()
    {
        var read = Read("multipart-alternative.eml");

        Assert.Equal("Subject: Макет главной\n\nАнна, добрый день!\n\nМакет главной будет готов в четверг к 18:00.\n\nИван\n", read.Text);
        Assert.StartsWith("it is a multipart/alternative message, checked by its text/plain part", read.PositionNote, StringComparison.Ordinal);

        // "СРОЧНО!" is only in the HTML alternative, which is not read twice.
        Assert.Empty(Findings(read));
    }

    [Fact]
    public void An_html_only_reply_is_read_as_its_text_with_the_client_quote_and_attribution_hidden()
    {
        var read = Read("html-only.eml");

        Assert.Null(read.Problem);
        Assert.DoesNotContain("<", read.Text!.Replace("<anna@client.example>", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("color: red", read.Text, StringComparison.Ordinal);
        Assert.Contains("> Send it ASAP, we are in a hurry!!!", read.Text, StringComparison.Ordinal);
        Assert.Equal("Subject: Re: Mockup\n\nAnna, hi!\n\nThe mockup is ready; I need the texts ASAP.\n\nOn Mon, 3 Mar 2025 at 18:02, Anna Smirnova <anna@client.example> wrote:\n> Send it ASAP, we are in a hurry!!!", read.Text);
        Assert.Equal(["5:39 ASAP"], Findings(read));
    }

    [Fact]
    public void An_encoded_subject_over_a_plain_body_keeps_every_body_position_of_the_file()
    {
        const string Message = "From: me@example.com\r\nSubject: =?UTF-8?B?0KHRgNC+0YfQvdC+?=\r\n =?UTF-8?B?INC90YPQttC10L0g0LzQsNC60LXRgg==?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease send it ASAP.\r\n";

        var read = ReadBytes("subject.eml", System.Text.Encoding.UTF8.GetBytes(Message));

        Assert.StartsWith("its Subject is encoded (RFC 2047)", read.PositionNote, StringComparison.Ordinal);
        Assert.Equal(["2:10 Срочно", "6:16 ASAP"], Findings(read));
    }

    [Theory]
    [InlineData("not-a-message.eml", "is not an e-mail message (failed to parse message headers); save it from your mail client, or rename it to .txt to check it as plain text")]
    public void A_file_that_is_not_a_message_is_an_input_error(string file, string reason)
    {
        var read = Read(file);

        Assert.Null(read.Text);
        Assert.Equal(reason, read.Problem?.Message);
    }

    [Fact]
    public void A_message_with_only_an_attachment_is_an_input_error()
    {
        const string Message = "Subject: logo\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n";

        var read = ReadBytes("logo.eml", System.Text.Encoding.ASCII.GetBytes(Message));

        Assert.Equal("has no text/plain or text/html part to check", read.Problem?.Message);
    }

    [Fact]
    public void Forcing_plain_text_reads_an_eml_file_as_it_is()
    {
        var read = new DraftReader(forcedFormat: DocumentFormat.PlainText).Read(new InputItem(InputKind.File, "reply-quoted.eml", PathOf("reply-quoted.eml")));

        Assert.Equal(DocumentFormat.PlainText, read.Format);
        Assert.StartsWith("From: Ivan Petrov", read.Text, StringComparison.Ordinal);
    }

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "mail", file);

    private static DraftReadResult Read(string file) => new DraftReader().Read(new InputItem(InputKind.File, file, PathOf(file)));

    private static DraftReadResult ReadBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"messagelint-{Guid.NewGuid():N}-{name}");
        File.WriteAllBytes(path, bytes);
        try
        {
            return new DraftReader().Read(new InputItem(InputKind.File, name, path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The test rule's findings as one-based "line:column text".</summary>
    private static List<string> Findings(DraftReadResult read)
    {
        var document = MessageDocument.Parse(read.Text!, read.Format, "draft.eml");
        var report = Engine.Analyze(document, new LintSettings(new LintConfiguration()));
        return [.. report.Diagnostics
            .Where(d => d.Descriptor == UrgencyTestRule.PressureWord)
            .Select(d => (Position: document.Lines.GetPosition(d.Span.Start), Text: read.Text!.Substring(d.Span.Start, d.Span.Length)))
            .Select(f => $"{f.Position.Line + 1}:{f.Position.Character + 1} {f.Text}")];
    }
}

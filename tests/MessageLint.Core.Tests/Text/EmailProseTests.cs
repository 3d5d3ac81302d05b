using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Text;

/// <summary>
/// An e-mail's prose is the sender's own words: the header block is hidden but a fresh Subject, and a
/// reply's quoted client message — "&gt;" lines, the "On … wrote:" line above them, an Outlook-style
/// original message — is hidden like a quote in a chat draft.
/// </summary>
public sealed class EmailProseTests
{
    [Theory]
    [InlineData("From: a@b.c\nSubject: Logo is ready\n\nHi Anna.", new[] { "Logo is ready", "Hi Anna." })]
    [InlineData("From: a@b.c\r\nSubject: Re: as I already said\r\n\r\nHi Anna.", new[] { "Hi Anna." })]
    [InlineData("Subject: Отв: Как я уже писал\n\nДобрый день.", new[] { "Добрый день." })]
    [InlineData("Subject: =?UTF-8?B?0J/RgNC40LLQtdGC?=\n\nHi.", new[] { "Hi." })]
    [InlineData("Subject: Logo is\n ready today\nTo: x@y.z\n\nHi.", new[] { "Logo is\n ready today", "Hi." })]
    [InlineData("Subject: Logo is\r\n\tready today\r\n\r\nHi.", new[] { "Logo is\r\n\tready today", "Hi." })]
    [InlineData("Hi Anna,\nno headers here: just a note.", new[] { "Hi Anna,", "no headers here: just a note." })]
    [InlineData("From - Mon Mar 03 10:00:00 2025\nX-Mozilla-Status: 0001\nSubject: Hello\n\nHi.", new[] { "Hello", "Hi." })]
    public void The_header_block_is_hidden_except_a_fresh_subject(string text, string[] expectedSentences)
    {
        var document = MessageDocument.Parse(text, DocumentFormat.Email);

        DocumentInvariants.AssertHold(document);
        Assert.Equal(expectedSentences, DocumentInvariants.SentenceTexts(document));
    }

    [Theory]
    [InlineData("Subject: x\n\nDone today.\n\nOn Mon, 3 Mar 2025 at 18:02, Anna Smirnova <anna@client.example> wrote:\n> Is it ready yet?!")]
    [InlineData("Subject: x\n\nDone today.\n\nOn Mon, 3 Mar 2025 at 18:02, Anna Smirnova <\nanna@client.example> wrote:\n\n> Is it ready yet?!")]
    [InlineData("Subject: x\n\nDone today.\n\n3 марта 2025 г., 18:02, Анна пишет:\n> Когда будет готово?!")]
    [InlineData("Subject: x\n\nDone today.\n\nпн, 3 мар. 2025 г. в 18:02, Анна Смирнова <anna@client.example>:\n> Когда будет готово?!")]
    [InlineData("Subject: x\n\nDone today.\n\n-----Original Message-----\nFrom: Anna\nSent: Monday\nIs it ready yet?! Why so slow?")]
    [InlineData("Subject: x\n\nDone today.\n\nFrom: Anna Smirnova\nSent: Monday, March 3, 2025 18:02\nIs it ready yet?! Why so slow?")]
    public void A_reply_hides_the_client_message_it_quotes(string text)
    {
        var document = MessageDocument.Parse(text, DocumentFormat.Email);

        DocumentInvariants.AssertHold(document);
        Assert.Equal(["x", "Done today."], DocumentInvariants.SentenceTexts(document));
        Assert.Contains(document.ExcludedRegions, r => r.Kind == ExcludedRegionKind.Quote);
    }

    [Fact]
    public void Header_fields_are_recorded_as_mail_headers()
    {
        var document = MessageDocument.Parse("To: anna@client.example\nSubject: Hi\n\nBody.", DocumentFormat.Email);

        Assert.Contains(document.ExcludedRegions, r => r.Kind == ExcludedRegionKind.MailHeader && r.Span.Start == 0);
    }
}

using System.Text;
using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>
/// `check` on .eml files as a mail client saves them: the QA reviewer's reply with a "Re:" subject and a
/// quoted-printable Russian body, a plain one whose findings point into the file, --fix on each, and a
/// file that is not a message.
/// </summary>
public sealed class MailEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_quoted_printable_reply_is_checked_decoded_with_a_note_and_its_re_subject_left_alone()
    {
        _folder.Write("qp.eml", "Subject: Re: as I already said\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n=D0=9A=D0=B0=D0=BA =D1=8F =D1=83=D0=B6=D0=B5 =D0=BF=D0=B8=D1=81=D0=B0=D0=BB, =D1=81=D0=BA=D0=BE=D1=80=D0=BE =D0=BF=D1=80=D0=B8=D1=88=D0=BB=D1=8E.\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "qp.eml", "--format", "line");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("messagelint: note: qp.eml: its text is quoted-printable-encoded, so its line:column positions are those of the decoded message: line 1 is its Subject, its text starts on line 3\n", result.StandardError);
        Assert.Equal(
            ["qp.eml:3:1: warning ML7001", "qp.eml:3:18: warning ML4001"],
            result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => string.Join(':', line.Split(':')[..4])));
    }

    [Fact]
    public void A_plain_message_is_reported_at_file_positions_and_fixed_in_its_body_only()
    {
        const string Message = "From: ivan@studio.example\r\nTo: anna@client.example\r\nSubject: Logo\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Anna,\r\n\r\nPlease send the texts today!!!\r\n\r\n> WHERE IS THE LOGO!!!\r\n";
        _folder.Write("reply.eml", Message);

        var result = CliProcess.Run(_folder.Path, null, "check", "reply.eml", "--fix", "--format", "line");

        Assert.Equal("fixed 1 finding in reply.eml\n", result.StandardError);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Message.Replace("today!!!", "today.", StringComparison.Ordinal), File.ReadAllText(Path.Combine(_folder.Path, "reply.eml")));

        File.WriteAllText(Path.Combine(_folder.Path, "reply.eml"), Message);
        var line = CliProcess.Run(_folder.Path, null, "check", "reply.eml", "--format", "line");
        Assert.StartsWith("reply.eml:8:28: warning ML7001:", line.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_leaves_a_base64_message_alone_and_says_why()
    {
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes("Please send the texts today!!!\n"));
        var message = $"Subject: Texts\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{body}\n";
        _folder.Write("b.eml", message);

        var result = CliProcess.Run(_folder.Path, null, "check", "b.eml", "--fix", "--format", "line");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("messagelint: error ML0004: b.eml: not rewritten by --fix: its text was checked decoded", result.StandardError, StringComparison.Ordinal);
        Assert.StartsWith("b.eml:3:28: warning ML7001:", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(message, File.ReadAllText(Path.Combine(_folder.Path, "b.eml")));
    }

    [Fact]
    public void A_file_that_is_not_a_message_is_one_input_error_line()
    {
        _folder.Write("note.eml", "just a note\nwith no headers\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "note.eml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("messagelint: error ML0004: note.eml: is not an e-mail message (failed to parse message headers); save it from your mail client, or rename it to .txt to check it as plain text\n", result.StandardError);
    }
}

using System.Buffers;
using System.Text;
using System.Text.Unicode;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;
using MessageLint.Formats.Input.Mail;

namespace MessageLint.Formats.Input;

/// <summary>
/// Reads drafts as text, refusing with a clear reason what is not a draft: too large (checked
/// before reading, so memory stays bounded), binary, not valid UTF-8, or empty. UTF-8 and UTF-16
/// byte-order marks are honoured, unless what follows a UTF-16 one is not UTF-16 text. An .eml file
/// is read as an e-mail message (<see cref="MailDraftReader"/>).
/// </summary>
public sealed class DraftReader
{
    private const int BinaryProbeBytes = 8000;

    private readonly long _maxBytes;
    private readonly DocumentFormat? _forcedFormat;

    /// <summary>Creates a reader with a size limit and, optionally, a format that overrides the file extension.</summary>
    public DraftReader(long maxBytes = DraftSize.DefaultMaxBytes, DocumentFormat? forcedFormat = null)
    {
        _maxBytes = maxBytes;
        _forcedFormat = forcedFormat;
    }

    /// <summary>Reads one input; stdin is read from <paramref name="standardInput"/>.</summary>
    public DraftReadResult Read(InputItem item, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var format = _forcedFormat ?? FormatOf(item);
        switch (item.Kind)
        {
            case InputKind.InlineText:
                return Validate(item, item.Text ?? string.Empty, format);
            case InputKind.StandardInput:
                return ReadStream(item, standardInput ?? Stream.Null, format);
            default:
                return ReadFile(item, format);
        }
    }

    private static DocumentFormat FormatOf(InputItem item)
    {
        var extension = Path.GetExtension(item.FullPath ?? string.Empty);
        if (extension.Equals(".eml", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentFormat.Email;
        }

        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Markdown
            : DocumentFormat.PlainText;
    }

    private DraftReadResult ReadFile(InputItem item, DocumentFormat format)
    {
        try
        {
            var info = new FileInfo(item.FullPath!);
            if (info.Length > _maxBytes)
            {
                return Problem(item, format, $"is {DraftSize.Format(info.Length)}; drafts larger than {DraftSize.Format(_maxBytes)} are not checked (raise --max-size if it really is one message)");
            }

            using var stream = new FileStream(item.FullPath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, FileOptions.SequentialScan);
            return ReadStream(item, stream, format);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new DraftReadResult(null, format, new RunProblem(EngineDiagnostics.UnreadableInput, item.DisplayPath, ex is UnauthorizedAccessException ? "permission denied" : ex.Message));
        }
    }

    private DraftReadResult ReadStream(InputItem item, Stream stream, DocumentFormat format)
    {
        var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > _maxBytes)
                {
                    return Problem(item, format, $"is larger than {DraftSize.Format(_maxBytes)}; drafts that large are not checked (raise --max-size if it really is one message)");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        return format == DocumentFormat.Email ? ReadMail(item, bytes) : Decode(item, bytes, format);
    }

    private static DraftReadResult ReadMail(InputItem item, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return Problem(item, DocumentFormat.Email, "is empty: there is nothing to check");
        }

        var mail = MailDraftReader.Read(bytes);
        return mail.Problem is { } reason
            ? Problem(item, DocumentFormat.Email, reason)
            : Validate(item, mail.Text!, DocumentFormat.Email) with { PositionNote = mail.PositionNote };
    }

    private static DraftReadResult Decode(InputItem item, ReadOnlySpan<byte> bytes, DocumentFormat format)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            if (IsPlausibleUtf8(bytes[2..]))
            {
                // A UTF-16 mark before UTF-8 text (an editor's slip): UTF-16 would read it as CJK noise.
                bytes = bytes[2..];
            }
            else
            {
                return DecodeUtf16(item, bytes, format);
            }
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        if (bytes[..Math.Min(bytes.Length, BinaryProbeBytes)].Contains((byte)0))
        {
            return Problem(item, format, "looks like a binary file (it contains NUL bytes), not a text draft");
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var line = 1 + bytes[..bytesRead].Count((byte)'\n');
            return Problem(item, format, $"is not valid UTF-8 (bad byte 0x{bytes[bytesRead]:X2} at offset {bytesRead}, line {line}); save it as UTF-8");
        }

        return Validate(item, new string(chars, 0, charsWritten), format);
    }

    private static DraftReadResult DecodeUtf16(InputItem item, ReadOnlySpan<byte> bytes, DocumentFormat format)
    {
        var encoding = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
        string text;
        try
        {
            text = encoding.GetString(bytes[2..]);
        }
        catch (DecoderFallbackException)
        {
            return Problem(item, format, "is not valid UTF-16 despite its byte-order mark (nor UTF-8 after it); save it as UTF-8");
        }

        var odd = ImplausibleCharacters(text, out var total);
        return odd * 100 > total
            ? Problem(item, format, $"is not readable text: decoded as UTF-16 by its byte-order mark, it has control, unassigned or private-use characters ({odd} of {total}); save it as UTF-8")
            : Validate(item, text, format);
    }

    /// <summary>
    /// True when the bytes after a UTF-16 byte-order mark are UTF-8 text rather than UTF-16: valid UTF-8 with
    /// no NUL and no control characters but tab and line breaks. UTF-16 text of any script with spaces,
    /// line breaks or ASCII punctuation holds NUL bytes, and CJK punctuation is not valid UTF-8.
    /// </summary>
    private static bool IsPlausibleUtf8(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f'))
            {
                return false;
            }
        }

        return Utf8.IsValid(bytes);
    }

    /// <summary>How many runes of a decoded text no draft would hold: controls other than whitespace, unassigned and private-use code points, noncharacters.</summary>
    private static int ImplausibleCharacters(string text, out int total)
    {
        var odd = 0;
        total = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            total++;
            var category = Rune.GetUnicodeCategory(rune);
            var isNoncharacter = (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;
            if ((category == System.Globalization.UnicodeCategory.Control && !Rune.IsWhiteSpace(rune))
                || category is System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.PrivateUse
                || isNoncharacter)
            {
                odd++;
            }
        }

        return odd;
    }

    private static DraftReadResult Validate(InputItem item, string text, DocumentFormat format)
        => string.IsNullOrWhiteSpace(text)
            ? Problem(item, format, "is empty: there is nothing to check")
            : new DraftReadResult(text, format, null);

    private static DraftReadResult Problem(InputItem item, DocumentFormat format, string message)
        => new(null, format, new RunProblem(EngineDiagnostics.UnsupportedInput, item.DisplayPath, message));
}

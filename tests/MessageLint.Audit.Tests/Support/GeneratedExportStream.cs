using System.Text;

namespace MessageLint.Audit.Tests.Support;

/// <summary>
/// A Telegram single-chat export produced on the fly, message by message, so a test can hand a
/// reader an archive far larger than it should ever hold and see how much of it was pulled.
/// </summary>
public sealed class GeneratedExportStream : Stream
{
    private readonly int _messages;
    private int _next;
    private byte[] _pending;
    private int _offset;

    public GeneratedExportStream(int messages)
    {
        _messages = messages;
        _pending = Encoding.UTF8.GetBytes("{\n \"name\": \"Big\",\n \"type\": \"public_channel\",\n \"id\": 777,\n \"messages\": [");
    }

    public long Produced { get; private set; }

    public long ApproximateLength => (long)_messages * Message(1).Length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_offset == _pending.Length)
        {
            if (_next > _messages)
            {
                return 0;
            }

            _pending = _next == _messages ? "\n ]\n}"u8.ToArray() : Message(_next + 1, first: _next == 0);
            _next++;
            _offset = 0;
        }

        var n = Math.Min(count, _pending.Length - _offset);
        Array.Copy(_pending, _offset, buffer, offset, n);
        _offset += n;
        Produced += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[] Message(int id, bool first = false)
    {
        var text = $"Пост номер {id}: как я уже писал, макеты согласуем до пятницы. Спасибо, что читаете канал!";
        return Encoding.UTF8.GetBytes(
            (first ? "\n" : ",\n") + $"  {{\n   \"id\": {id},\n   \"type\": \"message\",\n   \"date\": \"2024-01-01T10:00:00\",\n   \"date_unixtime\": \"1704092400\",\n"
            + $"   \"from\": \"Big\",\n   \"from_id\": \"channel777\",\n   \"text\": \"{text}\",\n   \"text_entities\": [\n    {{\n     \"type\": \"plain\",\n     \"text\": \"{text}\"\n    }}\n   ]\n  }}");
    }
}

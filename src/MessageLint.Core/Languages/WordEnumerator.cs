namespace MessageLint.Core.Languages;

/// <summary>Enumerates runs of letters (with inner apostrophes) in a span without allocating.</summary>
internal ref struct WordEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public WordEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly WordEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var i = _position;
        while (i < _text.Length && !char.IsLetter(_text[i]))
        {
            i++;
        }

        if (i >= _text.Length)
        {
            _position = i;
            return false;
        }

        var start = i;
        while (i < _text.Length && (char.IsLetter(_text[i]) || (_text[i] is '\'' or '’' && i + 1 < _text.Length && char.IsLetter(_text[i + 1]))))
        {
            i++;
        }

        Current = _text[start..i];
        _position = i;
        return true;
    }
}

namespace MessageLint.Core.Text;

/// <summary>
/// The mutable prose being built for a document: a copy of the raw text in which hidden regions are
/// blanked to spaces, keeping line breaks so offsets and lines stay those of the raw text.
/// </summary>
internal sealed class ProseMask
{
    private readonly string _text;
    private readonly char[] _prose;
    private readonly List<ExcludedRegion> _regions = [];

    public ProseMask(string text, bool startBlank)
    {
        _text = text;
        _prose = text.ToCharArray();
        if (startBlank)
        {
            for (var i = 0; i < _prose.Length; i++)
            {
                if (_prose[i] is not ('\n' or '\r'))
                {
                    _prose[i] = ' ';
                }
            }
        }
    }

    public string Text => _text;

    public int Length => _prose.Length;

    public char this[int index] => _prose[index];

    public IReadOnlyList<ExcludedRegion> Regions => _regions;

    /// <summary>Hides a region from rules and records why.</summary>
    public void Exclude(TextSpan span, ExcludedRegionKind kind)
    {
        if (span.IsEmpty)
        {
            return;
        }

        for (var i = span.Start; i < span.End && i < _prose.Length; i++)
        {
            if (_prose[i] is not ('\n' or '\r'))
            {
                _prose[i] = ' ';
            }
        }

        _regions.Add(new ExcludedRegion(span, kind));
    }

    /// <summary>Reveals raw characters as prose (used by the Markdown reader for literal text).</summary>
    public void Reveal(int index, char value) => _prose[index] = value;

    /// <summary>The finished prose string.</summary>
    public string Build() => new(_prose);

    /// <summary>A view of the prose built so far.</summary>
    public ReadOnlySpan<char> AsSpan() => _prose;
}

namespace MessageLint.Core.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a message's raw text.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; negative values are rejected so bad offsets fail where they are made.</summary>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>First code unit of the span.</summary>
    public int Start { get; }

    /// <summary>Number of code units in the span.</summary>
    public int Length { get; }

    /// <summary>One past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Builds a span from its start and exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when the offset lies inside the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when the other span lies wholly inside this one.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the spans share at least one code unit.</summary>
    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}

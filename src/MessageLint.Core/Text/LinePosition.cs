namespace MessageLint.Core.Text;

/// <summary>A zero-based line and UTF-16 column, the unit LSP and .NET strings share.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line + 1}:{Character + 1}";
}

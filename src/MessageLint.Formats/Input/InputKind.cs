namespace MessageLint.Formats.Input;

/// <summary>Where a draft comes from.</summary>
public enum InputKind
{
    /// <summary>A file on disk.</summary>
    File,

    /// <summary>Standard input.</summary>
    StandardInput,

    /// <summary>Text given on the command line.</summary>
    InlineText,
}

namespace MessageLint.Formats.Input;

/// <summary>One draft to check, before it is read.</summary>
/// <param name="Kind">Where it comes from.</param>
/// <param name="DisplayPath">The path as the user should see it (relative when the user gave it so), "&lt;stdin&gt;" or "&lt;text&gt;".</param>
/// <param name="FullPath">The absolute path for files; null otherwise.</param>
/// <param name="Text">The text itself for inline input; null otherwise.</param>
public sealed record InputItem(InputKind Kind, string DisplayPath, string? FullPath = null, string? Text = null)
{
    /// <summary>The folder in which to look for configuration: the file's folder, else the current one.</summary>
    public string ConfigurationSearchDirectory(string currentDirectory)
        => FullPath is not null ? Path.GetDirectoryName(FullPath) ?? currentDirectory : currentDirectory;
}

namespace MessageLint.Formats.Output;

/// <summary>
/// Says why a file could not be written, in the user's terms: the runtime's own messages name the
/// wrong thing ("Could not find file '/proc/nope'" for a folder it cannot create, "Could not find a part
/// of the path" when a file stands where a folder should be).
/// </summary>
public static class OutputPathProblem
{
    /// <summary>The reason a write to <paramref name="path"/> failed with <paramref name="error"/>.</summary>
    public static string Describe(string path, Exception error)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(error);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return $"{full} is a folder; name a file";
        }

        var folder = Path.GetDirectoryName(full);
        for (var ancestor = folder; ancestor is not null; ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
            {
                return $"{ancestor} is a file, not a folder";
            }

            if (Directory.Exists(ancestor))
            {
                if (ancestor != folder)
                {
                    return $"the folder {folder} does not exist and cannot be created in {ancestor}"
                        + (error is UnauthorizedAccessException ? " (permission denied)" : string.Empty);
                }

                break;
            }
        }

        return error is UnauthorizedAccessException ? $"permission denied ({error.Message})" : error.Message;
    }
}

namespace MessageLint.Cli;

/// <summary>Finds the repository's rules/ folder (corpora, models) upward from a starting folder, the way git finds .git.</summary>
public static class RulesFolder
{
    /// <summary>The nearest rules/ folder that holds a corpus/ folder, or null.</summary>
    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "rules");
            if (Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        return null;
    }
}

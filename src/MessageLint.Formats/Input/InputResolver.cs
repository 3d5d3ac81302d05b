using MessageLint.Core.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;

namespace MessageLint.Formats.Input;

/// <summary>
/// Expands the command line's inputs — files, folders, globs and "-" — into drafts, in the order
/// given, reporting every argument that names nothing instead of skipping it.
/// </summary>
public static class InputResolver
{
    /// <summary>File extensions read when a folder or glob is given.</summary>
    public static IReadOnlyList<string> DraftExtensions { get; } = [".md", ".markdown", ".txt", ".text", ".eml"];

    private static readonly string[] SkippedFolders = [".git", "bin", "obj", "node_modules", ".vs", ".idea"];

    /// <summary>Resolves arguments relative to a current directory.</summary>
    public static (List<InputItem> Items, List<RunProblem> Problems) Resolve(IEnumerable<string> arguments, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var items = new List<InputItem>();
        var problems = new List<RunProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                items.Add(new InputItem(InputKind.StandardInput, "<stdin>"));
                continue;
            }

            var fullPath = Path.GetFullPath(argument, currentDirectory);
            if (File.Exists(fullPath))
            {
                if (seen.Add(fullPath))
                {
                    items.Add(new InputItem(InputKind.File, argument, fullPath));
                }
            }
            else if (Directory.Exists(fullPath))
            {
                var problemsBefore = problems.Count;
                var found = EnumerateFolder(fullPath, (folder, reason) => problems.Add(new RunProblem(
                    EngineDiagnostics.UnreadableInput,
                    folder == fullPath ? argument : Display(argument, fullPath, folder),
                    $"folder cannot be read ({reason}); its drafts were not checked")));
                if (found.Count == 0 && problems.Count == problemsBefore)
                {
                    problems.Add(new RunProblem(EngineDiagnostics.UnreadableInput, argument, $"folder has no drafts ({string.Join(", ", DraftExtensions)})"));
                }

                foreach (var file in found.Where(seen.Add))
                {
                    items.Add(new InputItem(InputKind.File, Display(argument, fullPath, file), file));
                }
            }
            else if (IsGlob(argument))
            {
                var found = ExpandGlob(argument, currentDirectory).ToList();
                if (found.Count == 0)
                {
                    problems.Add(new RunProblem(EngineDiagnostics.UnreadableInput, argument, "no files match this pattern"));
                }

                foreach (var (file, display) in found.Where(f => seen.Add(f.FullPath)))
                {
                    items.Add(new InputItem(InputKind.File, display, file));
                }
            }
            else
            {
                problems.Add(new RunProblem(EngineDiagnostics.UnreadableInput, argument, "file not found"));
            }
        }

        return (items, problems);
    }

    private static bool IsGlob(string argument) => argument.AsSpan().IndexOfAny("*?[{") >= 0;

    /// <summary>
    /// The drafts under a folder. A folder that cannot be listed is passed to
    /// <paramref name="unreadable"/> with the reason, never skipped in silence, and a folder reached
    /// again through a symbolic link is read once, so a link loop cannot multiply drafts.
    /// </summary>
    private static List<string> EnumerateFolder(string folder, Action<string, string> unreadable)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden };
        var pending = new Stack<string>();
        pending.Push(folder);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            List<string> files, folders;
            try
            {
                if (!visited.Add(RealPath(current)))
                {
                    continue;
                }

                files = [.. Directory.EnumerateFiles(current, "*", options).Where(IsDraft)];
                folders = [.. Directory.EnumerateDirectories(current, "*", options)];
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                unreadable(current, ex is UnauthorizedAccessException ? "permission denied" : ex.Message);
                continue;
            }

            result.AddRange(files);
            foreach (var sub in folders.OrderByDescending(d => d, StringComparer.Ordinal))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push(sub);
                }
            }
        }

        return [.. result.Order(StringComparer.Ordinal)];
    }

    private static string RealPath(string directory)
    {
        var info = new DirectoryInfo(directory);
        return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
    }

    private static bool IsDraft(string path) => DraftExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<(string FullPath, string Display)> ExpandGlob(string pattern, string currentDirectory)
    {
        // The matcher needs a root folder: the longest leading part of the pattern without wildcards.
        var normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        var rootParts = parts.TakeWhile(p => !IsGlob(p)).ToArray();
        var root = rootParts.Length == 0 ? currentDirectory : Path.GetFullPath(string.Join('/', rootParts) is { Length: > 0 } r ? r : "/", currentDirectory);
        var relativePattern = string.Join('/', parts.Skip(rootParts.Length));
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relativePattern);
        var prefix = rootParts.Length == 0 ? string.Empty : string.Join('/', rootParts) + "/";
        return matcher.GetResultsInFullPath(root)
            .Order(StringComparer.Ordinal)
            .Select(full => (full, prefix + Path.GetRelativePath(root, full).Replace('\\', '/')));
    }

    private static string Display(string argument, string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
        return argument.EndsWith('/') ? argument + relative : argument + "/" + relative;
    }
}

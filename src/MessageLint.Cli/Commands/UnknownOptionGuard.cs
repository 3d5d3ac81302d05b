using System.CommandLine;
using MessageLint.Core.Text;

namespace MessageLint.Cli.Commands;

/// <summary>
/// Refuses option-like words that reached a command's file arguments. System.CommandLine hands an
/// unknown "--word" to an argument that takes any number of values, so without this a mistyped option
/// ("--fail-level none") became two inputs that were "not found" and the run went on without the
/// option the user meant. A file whose name really starts with '-' still works.
/// </summary>
public static class UnknownOptionGuard
{
    /// <summary>
    /// When a value looks like an option and names no file, writes the usage error (with the nearest
    /// option of the command as a suggestion) and returns true.
    /// </summary>
    public static bool Refuses(Command command, IEnumerable<string> values, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(environment);
        var unknown = values.FirstOrDefault(v => v.Length > 1 && v[0] == '-' && !Exists(v, environment.CurrentDirectory));
        if (unknown is null)
        {
            return false;
        }

        var suggestion = Nearest(command, unknown);
        environment.Error.WriteLine($"messagelint: error: Unrecognized option '{unknown}'." + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?"));
        environment.Error.WriteLine($"Run 'messagelint {command.Name} --help' for usage.");
        return true;
    }

    /// <summary>The command's option name closest to <paramref name="word"/>, when it is close enough to be a typo.</summary>
    public static string? Nearest(Command command, string word)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(word);
        var name = word.Split('=', 2)[0];
        var candidates = command.Options
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Distance: EditDistance.Between(name, n)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        // A typo differs in a third of the name at most ("--jsonn", "--nomll"); a wrong word after a
        // right first one ("--fail-level" for "--fail-on", "--report-folder") still names the option.
        var typo = candidates.FirstOrDefault(c => c.Distance <= Math.Max(2, c.Name.Length / 3)).Name;
        return typo ?? candidates.FirstOrDefault(c => FirstWord(c.Name) == FirstWord(name)).Name;
    }

    /// <summary>The first word of an option name: "--fail-on" → "fail".</summary>
    private static string FirstWord(string option)
    {
        var body = option.TrimStart('-');
        var dash = body.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? body : body[..dash]).ToLowerInvariant();
    }

    private static bool Exists(string path, string currentDirectory)
    {
        try
        {
            var full = Path.GetFullPath(path, currentDirectory);
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}

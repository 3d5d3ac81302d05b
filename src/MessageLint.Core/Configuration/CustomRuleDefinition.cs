using System.Text.RegularExpressions;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Text;

namespace MessageLint.Core.Configuration;

/// <summary>
/// A phrase rule a team writes in <c>messagelint.json</c> (<c>customRules</c>): an ID in the
/// MLU001–MLU999 range, a pattern, the message to show, the principle it serves, a severity and the
/// languages it applies to. The pattern is compiled once, with the non-backtracking engine and a
/// match timeout, so no pattern a user writes can make a check hang.
/// </summary>
public sealed class CustomRuleDefinition
{
    /// <summary>How long one match may take before the rule gives up on a draft; the non-backtracking engine makes this a last resort.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Creates a definition from a pattern already compiled by <see cref="Compile"/>.</summary>
    public CustomRuleDefinition(string id, Regex pattern, string message, Principle principle, Severity severity, IReadOnlySet<MessageLanguage> languages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(languages);
        Id = id.ToUpperInvariant();
        Pattern = pattern;
        Message = message;
        Principle = principle;
        Severity = severity;
        Languages = languages;
    }

    /// <summary>The rule ID, MLU001–MLU999.</summary>
    public string Id { get; }

    /// <summary>The compiled pattern: case-insensitive, non-backtracking, with <see cref="MatchTimeout"/>.</summary>
    public Regex Pattern { get; }

    /// <summary>The message shown with every finding.</summary>
    public string Message { get; }

    /// <summary>The principle the phrase breaks; its score takes the findings.</summary>
    public Principle Principle { get; }

    /// <summary>The severity before the configuration's <c>rules</c> and profiles adjust it.</summary>
    public Severity Severity { get; }

    /// <summary>The sentence languages the rule runs on.</summary>
    public IReadOnlySet<MessageLanguage> Languages { get; }

    /// <summary>
    /// Compiles a user pattern for safe matching, or says why it cannot be: a syntax error, or a
    /// construct (backreferences, lookarounds, atomic groups, conditionals) that only a backtracking
    /// engine runs, and a backtracking engine is what a hostile pattern hangs.
    /// </summary>
    public static (Regex? Regex, string? Error) Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Length == 0)
        {
            return (null, "the pattern is empty");
        }

        try
        {
            // ё and е are one letter to the rules, as in the built-in lexicons; prose is folded the same way.
            var folded = pattern.Replace('ё', 'е').Replace('Ё', 'Е');
            return (new Regex(folded, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout), null);
        }
        catch (NotSupportedException ex)
        {
            return (null, $"the pattern uses a construct the safe (non-backtracking) regex engine does not run: {ex.Message} Backreferences, lookarounds, atomic groups and conditionals are not allowed in custom rules; use \\b for word boundaries");
        }
        catch (ArgumentException ex)
        {
            return (null, $"the pattern is not a valid regular expression: {ex.Message}");
        }
    }
}

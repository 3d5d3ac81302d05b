using System.Text;

namespace MessageLint.Core.Diagnostics;

/// <summary>
/// Applies the automatic suggestions of diagnostics to a text: edits are taken in order of position
/// and an edit that overlaps one already taken is left for the next pass, as ESLint does.
/// </summary>
public static class FixApplier
{
    /// <summary>Applies the non-overlapping automatic edits of visible diagnostics; returns the new text and how many suggestions were applied.</summary>
    public static (string Text, int Applied) Apply(string text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var suggestions = diagnostics
            .Where(d => !d.IsSuppressed && d.Severity > Severity.Hidden)
            .SelectMany(d => d.Suggestions)
            .Where(s => s.IsAutomatic && s.Edits.Count > 0)
            .OrderBy(s => s.Edits.Min(e => e.Span.Start))
            .ToList();
        var taken = new List<TextEdit>();
        var applied = 0;
        foreach (var suggestion in suggestions)
        {
            if (suggestion.Edits.Any(e => e.Span.End > text.Length || taken.Any(t => Overlaps(t, e))))
            {
                continue;
            }

            taken.AddRange(suggestion.Edits);
            applied++;
        }

        if (taken.Count == 0)
        {
            return (text, 0);
        }

        var builder = new StringBuilder(text);
        foreach (var edit in taken.OrderByDescending(e => e.Span.Start))
        {
            builder.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }

        return (builder.ToString(), applied);
    }

    private static bool Overlaps(TextEdit a, TextEdit b)
        => a.Span.OverlapsWith(b.Span) || (a.Span.Start == b.Span.Start && (a.Span.IsEmpty || b.Span.IsEmpty));
}

using System.Text;
using MessageLint.Core.Text;

namespace MessageLint.Testing;

/// <summary>
/// Parses test markup: <c>[|…|]</c> marks a diagnostic of the rule under test, <c>{|ML3001:…|}</c>
/// one of another rule. Offsets are those of the text with the markers removed.
/// </summary>
public static class MessageMarkup
{
    /// <summary>Strips the markers and returns the expected spans.</summary>
    public static MarkedMessage Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedSpan>();
        var open = new Stack<(int Start, string? RuleId)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (Starts(markup, i, "[|"))
            {
                open.Push((text.Length, null));
                i += 2;
            }
            else if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"'{{|' at {i} needs a rule ID and a colon: {{|ML3001:…|}}.");
                }

                open.Push((text.Length, markup[(i + 2)..colon]));
                i = colon + 1;
            }
            else if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"Unbalanced '{markup.Substring(i, 2)}' at {i}.");
                }

                var (start, ruleId) = open.Pop();
                var expectsOther = markup[i + 1] == '}';
                if (expectsOther != (ruleId is not null))
                {
                    throw new FormatException($"Marker closed with '{markup.Substring(i, 2)}' at {i} does not match its opening.");
                }

                expected.Add(new ExpectedSpan(ruleId, TextSpan.FromBounds(start, text.Length)));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("A marker is not closed.");
        }

        return new MarkedMessage(text.ToString(), [.. expected.OrderBy(e => e.Span.Start)]);
    }

    private static bool Starts(string text, int index, string value) => string.CompareOrdinal(text, index, value, 0, value.Length) == 0;
}

using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;
using MessageLint.Core.Text;

namespace MessageLint.Core.Suppression;

/// <summary>
/// Applies a draft's inline directives to its diagnostics: marks the silenced ones, and reports
/// directives that silence nothing or name unknown rules, so stale suppressions do not pile up.
/// </summary>
internal static class SuppressionEvaluator
{
    private sealed record Scope(SuppressionDirective Directive, string? RuleId, TextSpan Region)
    {
        public bool Used { get; set; }
    }

    private static readonly string?[] AllRules = [null];

    public static List<Diagnostic> Apply(MessageDocument document, List<Diagnostic> diagnostics, LintSettings settings, ISet<string> knownRuleIds)
    {
        if (document.Directives.Count == 0)
        {
            return diagnostics;
        }

        var scopes = BuildScopes(document);
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var suppressor = scopes.FirstOrDefault(s =>
                (s.RuleId is null || string.Equals(s.RuleId, diagnostic.Id, StringComparison.OrdinalIgnoreCase))
                && s.Region.Contains(diagnostic.Span.Start));
            if (suppressor is null)
            {
                result.Add(diagnostic);
                continue;
            }

            suppressor.Used = true;
            result.Add(diagnostic with { IsSuppressed = true, SuppressionJustification = suppressor.Directive.Justification });
        }

        foreach (var directive in document.Directives.Where(d => d.Kind != SuppressionDirectiveKind.Enable))
        {
            foreach (var unknown in directive.RuleIds.Where(id => !knownRuleIds.Contains(id)))
            {
                Add(result, document, settings, EngineDiagnostics.UnknownRuleInSuppression, directive.Span, unknown);
            }

            var directiveScopes = scopes.Where(s => ReferenceEquals(s.Directive, directive)).ToList();
            if (directive.RuleIds.Count == 0)
            {
                if (!directiveScopes.Any(s => s.Used))
                {
                    Add(result, document, settings, EngineDiagnostics.UnusedSuppression, directive.Span, "all rules");
                }

                continue;
            }

            foreach (var scope in directiveScopes.Where(s => !s.Used && s.RuleId is not null && knownRuleIds.Contains(s.RuleId)))
            {
                Add(result, document, settings, EngineDiagnostics.UnusedSuppression, directive.Span, scope.RuleId);
            }
        }

        return result;
    }

    private static void Add(List<Diagnostic> result, MessageDocument document, LintSettings settings, RuleDescriptor descriptor, TextSpan span, string? argument)
    {
        var severity = settings.GetSeverity(descriptor);
        if (severity == Severity.None)
        {
            return;
        }

        result.Add(new Diagnostic
        {
            Descriptor = descriptor,
            Span = span,
            Location = document.Lines.GetPositionSpan(span),
            Path = document.Path,
            Arguments = [argument],
            Severity = severity,
            Language = settings.MessageLanguage ?? MessageLanguage.English,
        });
    }

    private static List<Scope> BuildScopes(MessageDocument document)
    {
        var scopes = new List<Scope>();
        var text = document.Text;
        var directives = document.Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var ids = directive.RuleIds.Count == 0 ? AllRules : directive.RuleIds.Cast<string?>();
            foreach (var id in ids)
            {
                TextSpan? region = directive.Kind switch
                {
                    SuppressionDirectiveKind.Disable => TextSpan.FromBounds(directive.Span.End, FindEnable(directives, i, id) ?? text.Length),
                    SuppressionDirectiveKind.DisableLine => LineOf(document, directive.Span.Start),
                    SuppressionDirectiveKind.DisableNextLine => NextProseLine(document, directive.Span.End),
                    _ => null,
                };
                if (region is { } r)
                {
                    scopes.Add(new Scope(directive, id, r));
                }
            }
        }

        return scopes;
    }

    private static int? FindEnable(IReadOnlyList<SuppressionDirective> directives, int from, string? id)
    {
        for (var j = from + 1; j < directives.Count; j++)
        {
            var candidate = directives[j];
            if (candidate.Kind == SuppressionDirectiveKind.Enable && (candidate.RuleIds.Count == 0 || (id is not null && candidate.Covers(id))))
            {
                return candidate.Span.Start;
            }
        }

        return null;
    }

    private static TextSpan LineOf(MessageDocument document, int offset)
    {
        var line = document.Lines.GetPosition(offset).Line;
        return document.Lines.GetLineSpan(line, includeBreak: true);
    }

    /// <summary>The first line after the directive that holds prose; directives on their own line point at the text below.</summary>
    private static TextSpan NextProseLine(MessageDocument document, int offset)
    {
        var line = document.Lines.GetPosition(offset).Line + 1;
        for (; line < document.Lines.LineCount; line++)
        {
            var span = document.Lines.GetLineSpan(line, includeBreak: true);
            if (!document.Prose.AsSpan(span.Start, span.Length).IsWhiteSpace())
            {
                return span;
            }
        }

        return new TextSpan(document.Text.Length, 0);
    }
}

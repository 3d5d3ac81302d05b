using MessageLint.Core.Configuration;
using MessageLint.Core.Engine;

namespace MessageLint.LanguageServer;

/// <summary>
/// The engine for drafts governed by one configuration: the server's rules plus the configuration's
/// own (rule assemblies, custom phrase rules), the rule IDs its <c>rules</c> section may name, and what
/// kept them from loading — which, as in <c>messagelint check</c>, stops the draft from being checked.
/// </summary>
internal sealed record ConfiguredEngine(LintEngine Engine, ISet<string> KnownRuleIds, IReadOnlyList<ConfigurationError> Problems);

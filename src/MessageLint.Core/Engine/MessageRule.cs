using MessageLint.Core.Diagnostics;

namespace MessageLint.Core.Engine;

/// <summary>
/// Base of every rule, in the manner of a Roslyn analyzer: it declares its descriptors and registers
/// callbacks once; the engine then calls them for every sentence or document. Rules must be
/// stateless after <see cref="Initialize"/> because one engine serves many threads.
/// </summary>
public abstract class MessageRule
{
    /// <summary>The descriptors this rule may report.</summary>
    public abstract IReadOnlyList<RuleDescriptor> SupportedDescriptors { get; }

    /// <summary>Registers the rule's callbacks.</summary>
    public abstract void Initialize(RuleContext context);
}

namespace MessageLint.Testing;

/// <summary>A parsed rule doc: its title line, its table and its examples.</summary>
public sealed record RuleDoc(string RuleId, string Title, IReadOnlyDictionary<string, string> Table, IReadOnlyList<string> Sections, IReadOnlyList<RuleDocExample> Examples);

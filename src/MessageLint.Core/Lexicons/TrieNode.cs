namespace MessageLint.Core.Lexicons;

/// <summary>
/// One node of <see cref="LexiconAnchorIndex"/>'s trie: where its children (sorted by character) and the
/// chunks whose anchors end here lie in the index's flat arrays. One small struct per node, so a step of a
/// walk reads one place for all it needs.
/// </summary>
internal readonly record struct TrieNode(int FirstChild, int ChildCount, int FirstEnding, int EndingCount);

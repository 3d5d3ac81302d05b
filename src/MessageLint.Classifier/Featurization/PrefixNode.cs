namespace MessageLint.Classifier.Featurization;

/// <summary>
/// A character trie over the first words of prefix phrases ("клиент~"), so one walk along a
/// sentence word finds every prefix phrase that may start there, instead of a lookup per length.
/// </summary>
internal sealed class PrefixNode
{
    /// <summary>The next characters, or null at a leaf.</summary>
    public Dictionary<char, PrefixNode>? Children { get; private set; }

    /// <summary>The phrases whose first word is exactly the path to this node, or null.</summary>
    public List<Phrase>? Phrases { get; private set; }

    /// <summary>Adds a phrase under its prefix first word.</summary>
    public void Add(string prefix, Phrase phrase)
    {
        var node = this;
        foreach (var c in prefix)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var next))
            {
                node.Children[c] = next = new PrefixNode();
            }

            node = next;
        }

        node.Phrases ??= [];
        node.Phrases.Add(phrase);
    }
}

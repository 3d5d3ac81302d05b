using System.Runtime.InteropServices;

namespace MessageLint.Classifier.Featurization;

/// <summary>
/// The n-gram counts of one text, as <see cref="CompiledFeaturizer.Count"/> leaves them in the
/// calling thread's scratch space: the slots each part touched and how often. A scorer reads them
/// straight into its margins instead of copying a feature vector out first. They stay valid until the
/// thread counts its next text, which starts from zero.
/// </summary>
public readonly ref struct FeatureCounts
{
    private readonly CompiledFeaturizer.Scratch _scratch;

    internal FeatureCounts(CompiledFeaturizer.Scratch scratch) => _scratch = scratch;

    /// <summary>The character n-gram slots the text touched, each once, in first-seen order.</summary>
    public ReadOnlySpan<int> CharSlots => CollectionsMarshal.AsSpan(_scratch.TouchedChars);

    /// <summary>The word n-gram slots the text touched, each once, in first-seen order.</summary>
    public ReadOnlySpan<int> WordSlots => CollectionsMarshal.AsSpan(_scratch.TouchedWords);

    /// <summary>How often the text produced the n-gram of <paramref name="slot"/>.</summary>
    public int Of(int slot) => _scratch.Counts[slot];
}

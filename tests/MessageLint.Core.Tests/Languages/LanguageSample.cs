using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Languages;

/// <summary>One labelled sentence of language-id.tsv, with its line number so the set can be split and broken down by language.</summary>
internal sealed record LanguageSample(int LineNumber, MessageLanguage Expected, string Text)
{
    /// <summary>Languages of the "other" lines, by line range, as listed in language-id.README.md.</summary>
    private static readonly (int First, int Last, string Name)[] OtherRanges =
    [
        (402, 461, "Ukrainian"), (462, 521, "Bulgarian"), (522, 551, "Belarusian"), (552, 581, "Serbian"),
        (582, 601, "Macedonian"), (602, 621, "Kazakh"), (622, 641, "German"), (642, 661, "French"),
        (662, 681, "Spanish"), (682, 701, "Polish"),
    ];

    /// <summary>Even lines are the half the identifier was tuned on; odd lines are held out.</summary>
    public bool IsTuning => LineNumber % 2 == 0;

    /// <summary>The language behind the label: "Russian", "English" or one of the other languages.</summary>
    public string SourceLanguage => Expected switch
    {
        MessageLanguage.Russian => "Russian",
        MessageLanguage.English => "English",
        _ => OtherRanges.Single(r => LineNumber >= r.First && LineNumber <= r.Last).Name,
    };

    public static IReadOnlyList<LanguageSample> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "language-id.tsv");
        var lines = File.ReadAllLines(path);
        Assert.Equal("lang\ttext", lines[0]);
        var samples = new List<LanguageSample>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            var columns = lines[i].Split('\t');
            Assert.Equal(2, columns.Length);
            var expected = MessageLanguageExtensions.ParseCode(columns[0]) ?? throw new InvalidDataException($"Unknown label on line {i + 1}: {columns[0]}");
            samples.Add(new LanguageSample(i + 1, expected, columns[1]));
        }

        return samples;
    }
}

using System.Globalization;
using System.Text;
using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Languages;

/// <summary>Counts of expected against identified languages, with per-class precision and recall.</summary>
internal sealed class ConfusionMatrix
{
    private static readonly MessageLanguage[] Classes = [MessageLanguage.Russian, MessageLanguage.English, MessageLanguage.Other];

    private readonly int[,] _counts = new int[3, 3];

    public int Total { get; private set; }

    public void Add(MessageLanguage expected, MessageLanguage actual)
    {
        _counts[Index(expected), Index(actual)]++;
        Total++;
    }

    public int Count(MessageLanguage expected, MessageLanguage actual) => _counts[Index(expected), Index(actual)];

    public double Precision(MessageLanguage language)
    {
        var column = Classes.Sum(expected => Count(expected, language));
        return column == 0 ? 1 : (double)Count(language, language) / column;
    }

    public double Recall(MessageLanguage language)
    {
        var row = Classes.Sum(actual => Count(language, actual));
        return row == 0 ? 1 : (double)Count(language, language) / row;
    }

    public double Accuracy => Total == 0 ? 1 : (double)Classes.Sum(c => Count(c, c)) / Total;

    /// <summary>The matrix as a Markdown table, rows expected and columns identified, then precision and recall.</summary>
    public string Format(string title)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{title} ({Total} sentences, accuracy {Accuracy:F3})\n\n");
        builder.Append("| expected \\ identified | ru | en | other | precision | recall |\n");
        builder.Append("|---|---:|---:|---:|---:|---:|\n");
        foreach (var expected in Classes)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| {expected.ToCode()} | {Count(expected, MessageLanguage.Russian)} | {Count(expected, MessageLanguage.English)} | {Count(expected, MessageLanguage.Other)} | {Precision(expected):F3} | {Recall(expected):F3} |\n");
        }

        return builder.ToString();
    }

    private static int Index(MessageLanguage language) => Array.IndexOf(Classes, language);
}

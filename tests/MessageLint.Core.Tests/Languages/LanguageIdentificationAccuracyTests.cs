using System.Globalization;
using MessageLint.Core.Languages;
using MessageLint.Core.Text;
using Xunit.Abstractions;

namespace MessageLint.Core.Tests.Languages;

/// <summary>
/// Measures <see cref="ScriptLanguageIdentifier"/> on the labelled set. The identifier was tuned while
/// looking only at errors on even-numbered lines; odd-numbered lines are held out and get their own floors.
/// </summary>
public sealed class LanguageIdentificationAccuracyTests
{
    private readonly ITestOutputHelper _output;

    public LanguageIdentificationAccuracyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Identifier_meets_precision_and_recall_floors_on_the_held_out_half_and_the_whole_set()
    {
        var samples = LanguageSample.Load();
        Assert.Equal(700, samples.Count);
        var heldOut = new ConfusionMatrix();
        var tuning = new ConfusionMatrix();
        var whole = new ConfusionMatrix();
        var errorsByLanguage = new Dictionary<string, int>();
        var totals = new Dictionary<string, int>();
        foreach (var sample in samples)
        {
            var actual = ScriptLanguageIdentifier.Instance.Identify(sample.Text);
            (sample.IsTuning ? tuning : heldOut).Add(sample.Expected, actual);
            whole.Add(sample.Expected, actual);
            totals[sample.SourceLanguage] = totals.GetValueOrDefault(sample.SourceLanguage) + 1;
            if (actual != sample.Expected)
            {
                var key = sample.SourceLanguage + " as " + actual.ToCode();
                errorsByLanguage[key] = errorsByLanguage.GetValueOrDefault(key) + 1;
                _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"line {sample.LineNumber} ({(sample.IsTuning ? "tuning" : "held out")}): {sample.SourceLanguage} identified as {actual.ToCode()}: {sample.Text}"));
            }
        }

        _output.WriteLine(string.Empty);
        _output.WriteLine(heldOut.Format("Held out (odd lines)"));
        _output.WriteLine(tuning.Format("Tuning (even lines)"));
        _output.WriteLine(whole.Format("Whole set"));
        foreach (var (key, count) in errorsByLanguage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}: {count} of {totals[key[..key.IndexOf(' ', StringComparison.Ordinal)]]}"));
        }

        // The errors that matter most: other Cyrillic text taken for Russian, other Latin text taken for English.
        AssertAtLeast(0.94, whole.Precision(MessageLanguage.Russian), "Russian precision, whole set");
        AssertAtLeast(0.99, whole.Recall(MessageLanguage.Russian), "Russian recall, whole set");
        AssertAtLeast(0.99, whole.Precision(MessageLanguage.English), "English precision, whole set");
        AssertAtLeast(0.99, whole.Recall(MessageLanguage.English), "English recall, whole set");
        AssertAtLeast(0.99, whole.Precision(MessageLanguage.Other), "Other precision, whole set");
        AssertAtLeast(0.95, whole.Recall(MessageLanguage.Other), "Other recall, whole set");

        AssertAtLeast(0.91, heldOut.Precision(MessageLanguage.Russian), "Russian precision, held out");
        AssertAtLeast(0.99, heldOut.Recall(MessageLanguage.Russian), "Russian recall, held out");
        AssertAtLeast(0.98, heldOut.Precision(MessageLanguage.English), "English precision, held out");
        AssertAtLeast(0.99, heldOut.Recall(MessageLanguage.English), "English recall, held out");
        AssertAtLeast(0.99, heldOut.Precision(MessageLanguage.Other), "Other precision, held out");
        AssertAtLeast(0.92, heldOut.Recall(MessageLanguage.Other), "Other recall, held out");
    }

    [Theory]
    [InlineData("ок беру, сделаю сегодня", MessageLanguage.Russian)]
    [InlineData("Как скажете", MessageLanguage.Russian)]
    [InlineData("Доброго дня!", MessageLanguage.Russian)]
    [InlineData("кэш почистите", MessageLanguage.Russian)]
    [InlineData("необходимо доделать до пятницы", MessageLanguage.Russian)]
    [InlineData("спасибо огромное)))", MessageLanguage.Russian)]
    [InlineData("Поставлю WordPress и пришлю доступ", MessageLanguage.Russian)]
    [InlineData("Дякую за швидку відповідь!", MessageLanguage.Other)]
    [InlineData("Коли вам зручно зателефонувати?", MessageLanguage.Other)]
    [InlineData("Днес не мога, утре ще пиша.", MessageLanguage.Other)]
    [InlineData("Калі вам зручна?", MessageLanguage.Other)]
    [InlineData("Хвала на стрпљењу.", MessageLanguage.Other)]
    [InlineData("Ертең жіберемін.", MessageLanguage.Other)]
    [InlineData("lmk", MessageLanguage.English)]
    [InlineData("Sergey will send the files tomorrow.", MessageLanguage.English)]
    [InlineData("Danke für Ihre Geduld.", MessageLanguage.Other)]
    [InlineData("¿Cuántas correcciones incluye?", MessageLanguage.Other)]
    [InlineData("Je l'envoie demain.", MessageLanguage.Other)]
    [InlineData("Szukamy grafika.", MessageLanguage.Other)]
    [InlineData("👍🔥", MessageLanguage.Other)]
    [InlineData("10:30", MessageLanguage.Other)]
    [InlineData("", MessageLanguage.Other)]
    public void Short_sentences_get_the_expected_language(string text, MessageLanguage expected)
    {
        Assert.Equal(expected, ScriptLanguageIdentifier.Instance.Identify(text));
    }

    private static void AssertAtLeast(double floor, double actual, string what)
        => Assert.True(actual >= floor, string.Create(CultureInfo.InvariantCulture, $"{what} is {actual:F3}, below the floor {floor:F2}."));
}

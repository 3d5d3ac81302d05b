using System.Text;
using MessageLint.Formats.Corpus;

namespace MessageLint.Formats.Tests.Corpus;

/// <summary>Corpus files written by other people and tools: optional fields filled in, every bad line named with what is wrong.</summary>
public sealed class CorpusReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Items_without_an_id_or_a_language_get_their_line_and_the_language_of_their_text()
    {
        var path = Write("unseen.jsonl", "\uFEFF{\"text\": \"Скоро пришлю макет, не переживайте\", \"labels\": [\"vague-status\"]}\n\n{\"text\": \"I will send the layout by Friday noon\", \"labels\": []}\n");

        var result = CorpusReader.Read(path);

        Assert.Empty(result.Problems);
        Assert.Collection(
            result.Items,
            first => Assert.Equal(("unseen.jsonl:1", "ru", "vague-status"), (first.Id, first.Language, first.Labels.Single())),
            second => Assert.Equal(("unseen.jsonl:3", "en", 0), (second.Id, second.Language, second.Labels.Count)));
    }

    [Fact]
    public void Given_fields_are_kept_as_written()
    {
        var path = Write("team.jsonl", """{"id": "t-1", "lang": "mixed", "text": "ok, беру", "labels": [], "profile": "kickoff", "hard_negative": true, "group": "g-1"}""");

        var item = Assert.Single(CorpusReader.Read(path).Items);

        Assert.Equal(("t-1", "mixed", "kickoff", true, "g-1"), (item.Id, item.Language, item.Profile, item.HardNegative, item.Group));
    }

    [Theory]
    [InlineData("""{"id": "a", "labels": []}""", "\"text\" is missing or not a string")]
    [InlineData("""{"text": 5, "labels": []}""", "\"text\" is missing or not a string")]
    [InlineData("""{"text": "hi"}""", "\"labels\" is missing or not an array of label names")]
    [InlineData("""{"text": "hi", "labels": "clean"}""", "\"labels\" is missing or not an array of label names")]
    [InlineData("""{"text": "hi", "labels": [1]}""", "\"labels\" is missing or not an array of label names")]
    [InlineData("""{"id": 7, "text": "hi", "labels": []}""", "\"id\" is not a string")]
    [InlineData("""{"text": "hi", "labels": [], "hard_negative": "yes"}""", "\"hard_negative\" is not true or false")]
    [InlineData("""[{"text": "hi", "labels": []}]""", "the line is not a JSON object")]
    [InlineData("""{"text": "hi", "labels": []} {"text": "again", "labels": []}""", "invalid JSON: '{' is invalid after a single JSON value")]
    [InlineData("""{not json}""", "invalid JSON: ")]
    public void A_bad_line_is_reported_with_its_number_and_what_is_wrong_and_the_others_are_read(string badLine, string expected)
    {
        var path = Write("corpus.jsonl", $"{{\"text\": \"Fine.\", \"labels\": []}}\n{badLine}\n{{\"text\": \"Also fine.\", \"labels\": []}}\n");

        var result = CorpusReader.Read(path);

        Assert.Equal(2, result.Items.Count);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Position?.Line);
        Assert.StartsWith($"not a corpus item: {expected}", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("complaint", "unknown label \"complaint\" (did you mean complaint-about-client?)")]
    [InlineData("vauge-status", "unknown label \"vauge-status\" (did you mean vague-status?)")]
    [InlineData("clean", "unknown label \"clean\" (a clean message has \"labels\": [])")]
    [InlineData("zzz", "unknown label \"zzz\"; known labels: complaint-about-client, vague-status")]
    public void An_unknown_label_is_reported_with_the_label_meant_and_the_line_is_not_counted(string label, string expected)
    {
        var path = Write("corpus.jsonl", $"{{\"text\": \"Fine.\", \"labels\": [\"vague-status\"]}}\n{{\"text\": \"Клиенты вечно тупят\", \"labels\": [\"{label}\"]}}\n");

        var result = CorpusReader.Read(path, ["complaint-about-client", "vague-status"]);

        Assert.Single(result.Items);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Equal(1, problem.Position?.Line);
        Assert.Equal($"not a corpus item: {expected}", problem.Message);
    }

    [Fact]
    public void A_line_that_is_not_UTF8_is_reported_not_read_with_replacement_characters()
    {
        var path = Path.Combine(_folder, "latin1.jsonl");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("{\"text\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\", \"labels\": []}\n{\"text\": \"ok\", \"labels\": []}\n")]);

        var result = CorpusReader.Read(path);

        Assert.Equal("ok", Assert.Single(result.Items).Text);
        Assert.Equal("not a corpus item: not valid UTF-8; save the file as UTF-8", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void A_missing_corpus_is_a_problem_not_an_empty_corpus()
    {
        var result = CorpusReader.Read(Path.Combine(_folder, "nowhere.jsonl"));

        Assert.Empty(result.Items);
        Assert.Equal("corpus not found", Assert.Single(result.Problems).Message);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}

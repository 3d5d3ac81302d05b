using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>A harsh word is the writer's own when a first-person word stands just before it (or right after it) and no second-person word does.</summary>
public sealed class SelfDirectionTests
{
    [Theory]
    [InlineData("Я дебил, забыл файл.", "дебил", true)]
    [InlineData("Какой же я идиот, перепутал версии.", "идиот", true)]
    [InlineData("У меня уже мозгов нет, доделаю завтра.", "мозгов нет", true)]
    [InlineData("I'm such an idiot, I forgot the file.", "idiot", true)]
    [InlineData("I feel like an idiot today.", "idiot", true)]
    [InlineData("What an idiot I am, wrong file again.", "idiot", true)]
    [InlineData("Ты идиот?", "идиот", false)]
    [InlineData("Вы меня за идиота держите?", "идиота", false)]
    [InlineData("Я тебя предупреждал, идиот.", "идиот", false)]
    [InlineData("Read the docs, you moron.", "moron", false)]
    [InlineData("I told you, moron, the file is attached.", "moron", false)]
    [InlineData("Moron.", "Moron", false)]
    [InlineData("My colleague and I are done; the client is an idiot.", "idiot", false)]
    [InlineData("If you'd told me what your stupid brand was, I'd have used it.", "your stupid", false)]
    [InlineData("Скажи мне, где твой дурацкий пароль.", "твой дурацкий", false)]
    public void Tells_the_writer_from_the_reader(string prose, string word, bool aboutWriter)
    {
        var index = prose.IndexOf(word, StringComparison.Ordinal);
        Assert.Equal(aboutWriter, SelfDirection.IsAboutWriter(prose, index, word.Length));
    }

    [Theory]
    [InlineData("please open an issue and I'll get to it", "please", "get", true)]
    [InlineData("please open an issue and I’ll get to it", "please", "get", true)]
    [InlineData("пожалуйста, но я работаю", "пожалуйста", "работаю", true)]
    [InlineData("пожалуйста, мы почти", "пожалуйста", "почти", true)]
    [InlineData("can you give me an update soon", "can you", "soon", false)]
    [InlineData("подпишите, пожалуйста, мне акт", "пожалуйста", "акт", false)]
    [InlineData("could you tell us when", "could you", "when", false)]
    public void Finds_the_writer_as_a_subject_between_two_places(string prose, string from, string to, bool found)
    {
        var start = prose.IndexOf(from, StringComparison.Ordinal) + from.Length;
        var end = prose.IndexOf(to, start, StringComparison.Ordinal);
        Assert.Equal(found, SelfDirection.HasWriterSubject(prose, start, end));
    }
}

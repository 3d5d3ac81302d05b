using MessageLint.Rules.Infrastructure;

namespace MessageLint.Rules.Tests;

/// <summary>The time-expression recogniser finds the concrete times a status needs and ignores vague or numeric look-alikes.</summary>
public sealed class TimeExpressionsTests
{
    [Theory]
    [InlineData("пришлю завтра до 18:00", TimeExpressionKind.RelativeDay)]
    [InlineData("покажу в пятницу", TimeExpressionKind.Weekday)]
    [InlineData("жду до среды", TimeExpressionKind.Weekday)]
    [InlineData("созвон во вторник", TimeExpressionKind.Weekday)]
    [InlineData("сдам к 15 марта", TimeExpressionKind.Date)]
    [InlineData("сдам 12.03", TimeExpressionKind.Date)]
    [InlineData("сдам 12/03", TimeExpressionKind.Date)]
    [InlineData("новая дата — 12-е", TimeExpressionKind.Date)]
    [InlineData("сделаю на следующей неделе", TimeExpressionKind.Window)]
    [InlineData("закончу до конца недели", TimeExpressionKind.Window)]
    [InlineData("скину через 2 часа", TimeExpressionKind.Duration)]
    [InlineData("щас доделаю, минут через 30 скину", TimeExpressionKind.Duration)]
    [InlineData("за два рабочих дня", TimeExpressionKind.Duration)]
    [InlineData("будет к 17:00", TimeExpressionKind.ClockTime)]
    [InlineData("пришлю до 12", TimeExpressionKind.ClockTime)]
    [InlineData("созвон в 9 утра", TimeExpressionKind.ClockTime)]
    [InlineData("I'll send it by Friday", TimeExpressionKind.Weekday)]
    [InlineData("tomorrow morning works", TimeExpressionKind.RelativeDay)]
    [InlineData("ready on the 12th", TimeExpressionKind.Date)]
    [InlineData("due March 12", TimeExpressionKind.Date)]
    [InlineData("due 3 July", TimeExpressionKind.Date)]
    [InlineData("within 3 days", TimeExpressionKind.Duration)]
    [InlineData("in about an hour", TimeExpressionKind.Duration)]
    [InlineData("by end of day", TimeExpressionKind.Window)]
    [InlineData("next week, promise", TimeExpressionKind.Window)]
    [InlineData("at 6 pm", TimeExpressionKind.ClockTime)]
    [InlineData("ETA 10:30", TimeExpressionKind.ClockTime)]
    public void Finds_concrete_times_of_each_kind(string text, TimeExpressionKind kind)
    {
        var match = TimeExpressions.FirstMatch(text);

        Assert.NotNull(match);
        Assert.Equal(kind, match.Value.Kind);
        Assert.Equal(match.Value.Value, text.Substring(match.Value.Index, match.Value.Length));
    }

    [Theory]
    [InlineData("скоро пришлю")]
    [InlineData("в ближайшее время")]
    [InlineData("на днях гляну")]
    [InlineData("в ближайшие дни")]
    [InlineData("увеличить в 3 раза")]
    [InlineData("шрифт до 16 px")]
    [InlineData("тестовая среда упала")]
    [InlineData("версия 2.3 выйдет")]
    [InlineData("не сегодня")]
    [InlineData("soon-ish")]
    [InlineData("in the coming days")]
    [InlineData("in a few days")]
    [InlineData("no ETA yet")]
    [InlineData("not today, sorry")]
    [InlineData("the 3rd option")]
    [InlineData("at 100% zoom")]
    public void Ignores_vague_words_and_quantities(string text)
    {
        Assert.False(TimeExpressions.ContainsConcrete(text));
    }

    [Fact]
    public void Reports_every_time_in_order()
    {
        var matches = TimeExpressions.Matches("Черновик в среду вечером, финал в пятницу до 15:00.").Select(m => m.Kind).ToList();

        Assert.Equal([TimeExpressionKind.Weekday, TimeExpressionKind.Weekday, TimeExpressionKind.ClockTime], matches);
    }
}

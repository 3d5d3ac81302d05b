using MessageLint.Audit.Tests.Support;
using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Tests.Pipeline;

public class ConversationMetricsTests
{
    private static Metrics.ConversationTracker Conversation()
    {
        using var reader = TelegramExportReader.Open(Fixtures.Telegram("personal-chat-result.json"), "personal-chat-result.json");
        var (summary, _) = AuditHarness.Run(reader, new AuditOptions { Own = new AuthorFilter(["Анна Дизайнер"], []) });
        return Assert.Single(summary.Conversations);
    }

    [Fact]
    public void Status_questions_from_the_client_are_counted_with_those_that_followed_a_silence()
    {
        var conversation = Conversation();

        Assert.Equal(2, conversation.StatusQuestions);
        Assert.Equal(2, conversation.StatusQuestionsAfterSilence);
        Assert.Equal(["4", "6"], conversation.Examples.Select(e => e.Id));
        Assert.Equal("Как дела с макетом каталога?", conversation.Examples[0].Excerpt);
    }

    [Fact]
    public void Gaps_between_ones_own_messages_are_measured()
    {
        var conversation = Conversation();

        Assert.Equal(5, conversation.OwnMessages);
        Assert.Equal(4, conversation.OwnGaps.Count);
        Assert.Equal(new TimeSpan(5, 11, 35, 0), conversation.OwnGaps.Max);
        Assert.Equal(4, conversation.OwnGaps.CountAtLeast(TimeSpan.FromDays(2)));
        Assert.Equal("3 d – 7 d", conversation.OwnGaps.QuantileLabel(0.5));
        Assert.Equal(2, conversation.AnswerTimes.Count);
    }

    [Fact]
    public void Weekend_and_late_messages_are_set_against_the_stated_working_rules()
    {
        var conversation = Conversation();

        Assert.Equal("1", conversation.RulesStated?.Id);
        Assert.Equal(1, conversation.OwnDayOff);
        Assert.Equal(0, conversation.OwnLate);
        Assert.Equal(1, conversation.OwnOffHoursAfterRules);
        Assert.Equal(1, conversation.OtherOffHours);
    }

    [Fact]
    public void Without_an_author_there_is_no_conversation_to_measure()
    {
        using var reader = TelegramExportReader.Open(Fixtures.Telegram("personal-chat-result.json"), "personal-chat-result.json");

        var (summary, _) = AuditHarness.Run(reader);

        Assert.Empty(summary.Conversations);
    }
}

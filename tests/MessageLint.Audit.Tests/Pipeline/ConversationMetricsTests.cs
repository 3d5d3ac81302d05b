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

    private const string TwoChats = """
        {"chats":{"list":[
         {"name":"Анна","type":"personal_chat","id":11,"messages":[
          {"id":1,"type":"message","date":"2025-01-06T10:00:00","from":"Анна","from_id":"user2","text":"Как дела с макетом?"},
          {"id":2,"type":"message","date":"2025-01-06T12:30:00","from":"Я","from_id":"user1","text":"Пришлю сегодня."},
          {"id":3,"type":"message","date":"2025-01-09T10:00:00","from":"Анна","from_id":"user2","text":"Как дела с макетом?"}]},
         {"name":"Борис","type":"personal_chat","id":12,"messages":[
          {"id":1,"type":"message","date":"2025-01-07T10:00:00","from":"Я","from_id":"user1","text":"Which color do you want?"}]}
        ]}}
        """;

    private static AuditSummary AuditTwoChats(params string[] chats)
    {
        using var reader = new TelegramExportReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TwoChats)), "result.json", options: new TelegramReaderOptions { Chats = chats });
        return AuditHarness.Run(reader, new AuditOptions { Own = new AuthorFilter([], ["user1"]) }).Summary;
    }

    [Fact]
    public void A_status_question_that_opens_a_chat_did_not_follow_a_silence()
    {
        var anna = AuditTwoChats().Conversations[0];

        Assert.Equal(2, anna.StatusQuestions);
        Assert.Equal(1, anna.StatusQuestionsAfterSilence);
    }

    [Fact]
    public void Chats_left_out_with_the_chat_filter_are_left_out_of_the_conversation_metrics()
    {
        var summary = AuditTwoChats("Анна");

        var conversation = Assert.Single(summary.Conversations);
        Assert.Equal("Анна", conversation.Chat?.Name);
    }

    [Fact]
    public void The_text_summary_says_the_median_gap_is_a_bucketed_range()
    {
        using var folder = new TempFolder();

        var result = InProcessCli.Run(folder.Path, null, "audit", Fixtures.Telegram("personal-chat-result.json"), "--author", "Анна Дизайнер");

        Assert.Contains("median gap between your messages: 3–7 days (bucketed);", result.Output, StringComparison.Ordinal);
        Assert.Contains("asked for status 2 times (2 after 2+ days of silence from you)", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "under 1 hour")]
    [InlineData(1, "1–4 hours")]
    [InlineData(2, "4 hours – 1 day")]
    [InlineData(3, "1–2 days")]
    [InlineData(4, "2–3 days")]
    [InlineData(7, "14 days or more")]
    public void Gap_buckets_read_as_ranges_in_words(int bucket, string words)
    {
        Assert.Equal(words, Metrics.GapHistogram.Range(bucket));
    }
}

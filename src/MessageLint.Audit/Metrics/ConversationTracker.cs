using MessageLint.Formats.Archive;

namespace MessageLint.Audit.Metrics;

/// <summary>
/// Conversation metrics of one two-party chat, updated message by message in time order with a
/// fixed amount of state: how often the client had to ask for status, how long one went without
/// an update, and how many messages fell on days off or late hours against the working rules.
/// </summary>
public sealed class ConversationTracker
{
    /// <summary>A silence of one's own longer than this before a status question means the client asked because nothing came.</summary>
    public static readonly TimeSpan LongSilence = TimeSpan.FromDays(2);

    private const int ExampleCount = 5;

    private readonly WorkingHours _hours;
    private readonly List<ConversationExample> _examples = [];
    private DateTime? _start;
    private DateTime? _lastOwn;
    private DateTime? _pendingQuestion;

    /// <summary>Starts tracking a chat.</summary>
    public ConversationTracker(ArchiveChat? chat, WorkingHours hours)
    {
        Chat = chat;
        _hours = hours;
    }

    /// <summary>The chat.</summary>
    public ArchiveChat? Chat { get; }

    /// <summary>One's own messages.</summary>
    public long OwnMessages { get; private set; }

    /// <summary>The other party's messages.</summary>
    public long OtherMessages { get; private set; }

    /// <summary>Times the other party asked for status.</summary>
    public long StatusQuestions { get; private set; }

    /// <summary>
    /// Status questions that came after two days or more without a message of one's own — counted from
    /// one's last message, or from the start of the conversation before one has written: the time
    /// before a chat's first message is not silence.
    /// </summary>
    public long StatusQuestionsAfterSilence { get; private set; }

    /// <summary>Gaps between one's consecutive messages.</summary>
    public GapHistogram OwnGaps { get; } = new();

    /// <summary>Time from a status question to one's next message.</summary>
    public GapHistogram AnswerTimes { get; } = new();

    /// <summary>One's messages on days off.</summary>
    public long OwnDayOff { get; private set; }

    /// <summary>One's messages late on working days.</summary>
    public long OwnLate { get; private set; }

    /// <summary>One's off-hours messages sent after one had stated working rules (the rules broken by oneself).</summary>
    public long OwnOffHoursAfterRules { get; private set; }

    /// <summary>The other party's messages on days off or late.</summary>
    public long OtherOffHours { get; private set; }

    /// <summary>The first message of one's own that stated working rules.</summary>
    public ConversationExample? RulesStated { get; private set; }

    /// <summary>The first few status questions, as examples.</summary>
    public IReadOnlyList<ConversationExample> Examples => _examples;

    /// <summary>Counts one message; messages without a date are counted but not timed.</summary>
    public void Add(MessageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var date = outcome.LocalDate;
        if (date is { } first && outcome.Role != MessageRole.Unknown)
        {
            _start ??= first;
        }

        if (outcome.Role == MessageRole.Own)
        {
            OwnMessages++;
            if (date is not { } when)
            {
                return;
            }

            if (outcome.StatesRules && RulesStated is null)
            {
                RulesStated = new ConversationExample(outcome.Id, when, outcome.Link, null);
            }

            var offHours = _hours.IsDayOff(when) || _hours.IsLate(when);
            if (_hours.IsDayOff(when))
            {
                OwnDayOff++;
            }
            else if (_hours.IsLate(when))
            {
                OwnLate++;
            }

            if (offHours && RulesStated is { } stated && when > stated.Date)
            {
                OwnOffHoursAfterRules++;
            }

            if (_lastOwn is { } last && when >= last)
            {
                OwnGaps.Add(when - last);
            }

            if (_pendingQuestion is { } asked && when >= asked)
            {
                AnswerTimes.Add(when - asked);
                _pendingQuestion = null;
            }

            _lastOwn = when;
        }
        else if (outcome.Role == MessageRole.Other)
        {
            OtherMessages++;
            if (date is not { } when)
            {
                return;
            }

            if (_hours.IsDayOff(when) || _hours.IsLate(when))
            {
                OtherOffHours++;
            }

            if (outcome.IsStatusQuestion)
            {
                StatusQuestions++;
                if (when - (_lastOwn ?? _start!.Value) >= LongSilence)
                {
                    StatusQuestionsAfterSilence++;
                }

                _pendingQuestion ??= when;
                if (_examples.Count < ExampleCount)
                {
                    _examples.Add(new ConversationExample(outcome.Id, when, outcome.Link, Shorten(outcome.Text)));
                }
            }
        }
    }

    private static string? Shorten(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= 160 ? oneLine : oneLine[..157] + "…";
    }
}

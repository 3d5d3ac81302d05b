namespace MessageLint.Rules.Infrastructure;

/// <summary>What sort of concrete time a phrase names, so callers can weigh a date above a vague window.</summary>
public enum TimeExpressionKind
{
    /// <summary>A day of the week: "в пятницу", "by Friday".</summary>
    Weekday,

    /// <summary>A calendar date or month: "12.03", "15 марта", "on the 12th", "in June".</summary>
    Date,

    /// <summary>A time of day: "10:30", "6 pm", "до 18", "at noon".</summary>
    ClockTime,

    /// <summary>A day named relative to today: "завтра", "tonight", "this afternoon".</summary>
    RelativeDay,

    /// <summary>A bounded duration from now: "через 2 часа", "within 3 days".</summary>
    Duration,

    /// <summary>A bounded window: "до конца недели", "next week", "end of day".</summary>
    Window,
}

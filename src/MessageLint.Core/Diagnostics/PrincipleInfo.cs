namespace MessageLint.Core.Diagnostics;

/// <summary>Names of the principles in both languages, for catalogues and reports.</summary>
public static class PrincipleInfo
{
    /// <summary>The seven principles, without the engine category.</summary>
    public static IReadOnlyList<Principle> All { get; } =
    [
        Principle.AskBeforeStarting, Principle.ProposeDontObey, Principle.NoBadmouthing, Principle.PredictableStatus,
        Principle.RecommendDontAsk, Principle.StateRulesUpFront, Principle.RaiseProblemsDelicately,
    ];

    /// <summary>The short configuration key of a principle ("ask-first", "no-badmouthing", …).</summary>
    public static string Key(this Principle principle) => principle switch
    {
        Principle.AskBeforeStarting => "ask-first",
        Principle.ProposeDontObey => "propose",
        Principle.NoBadmouthing => "no-badmouthing",
        Principle.PredictableStatus => "predictable-status",
        Principle.RecommendDontAsk => "recommend",
        Principle.StateRulesUpFront => "state-rules",
        Principle.RaiseProblemsDelicately => "raise-problems",
        _ => "engine",
    };

    /// <summary>The principle's title in the given language.</summary>
    public static LocalizedText Title(this Principle principle) => principle switch
    {
        Principle.AskBeforeStarting => new("Ask before you start", "Сначала спросить"),
        Principle.ProposeDontObey => new("Propose, don't just obey", "Предлагать, а не исполнять"),
        Principle.NoBadmouthing => new("Never badmouth clients", "Не говорить о клиентах плохо"),
        Principle.PredictableStatus => new("Predictable status", "Предсказуемый статус"),
        Principle.RecommendDontAsk => new("Recommend, don't ask", "Рекомендовать, а не спрашивать"),
        Principle.StateRulesUpFront => new("State your rules up front", "Заранее проговорить правила"),
        Principle.RaiseProblemsDelicately => new("Raise problems directly and delicately", "Прямо и деликатно о проблемах"),
        _ => new("Engine", "Движок"),
    };

    /// <summary>Parses "3", "P3" or a principle key; null when unknown.</summary>
    public static Principle? Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (trimmed.StartsWith('P') || trimmed.StartsWith('p'))
        {
            trimmed = trimmed[1..];
        }

        if (int.TryParse(trimmed, out var number) && number is >= 1 and <= 7)
        {
            return (Principle)number;
        }

        foreach (var principle in All)
        {
            if (string.Equals(principle.Key(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return principle;
            }
        }

        return null;
    }
}

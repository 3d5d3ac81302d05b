namespace MessageLint.Core.Diagnostics;

/// <summary>The principle a rule serves; its number is the first digit of the rule ID.</summary>
public enum Principle
{
    /// <summary>Engine and configuration diagnostics (ML0xxx).</summary>
    Engine = 0,

    /// <summary>1. Ask about the task and discuss it with whoever accepts the result.</summary>
    AskBeforeStarting = 1,

    /// <summary>2. Propose a solution instead of executing the brief blindly.</summary>
    ProposeDontObey = 2,

    /// <summary>3. Never speak badly of clients in public.</summary>
    NoBadmouthing = 3,

    /// <summary>4. Keep status predictable; don't silently redo agreed work.</summary>
    PredictableStatus = 4,

    /// <summary>5. Offer options with a recommendation instead of asking the client what to do.</summary>
    RecommendDontAsk = 5,

    /// <summary>6. State your working rules up front.</summary>
    StateRulesUpFront = 6,

    /// <summary>7. Raise problems directly and delicately.</summary>
    RaiseProblemsDelicately = 7,
}

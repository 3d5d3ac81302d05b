namespace MessageLint.Audit;

/// <summary>One month of the trend: messages checked, how many had findings, and findings per principle.</summary>
public sealed class MonthTally
{
    /// <summary>Starts a month.</summary>
    public MonthTally(string month) => Month = month;

    /// <summary>The month, "yyyy-MM", on the export's wall clock.</summary>
    public string Month { get; }

    /// <summary>Messages checked.</summary>
    public long Checked { get; internal set; }

    /// <summary>Messages with at least one reported finding.</summary>
    public long Flagged { get; internal set; }

    /// <summary>Reported findings.</summary>
    public long Findings { get; internal set; }

    /// <summary>Reported findings of principles 1–7.</summary>
    public long[] ByPrinciple { get; } = new long[7];
}

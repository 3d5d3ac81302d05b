using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Formats.Writers;

/// <summary>How many visible diagnostics of each severity, and how many were suppressed, in one draft or a whole run.</summary>
internal sealed class SeverityCounts
{
    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    public int Suppressed { get; private set; }

    public static SeverityCounts Of(MessageReport report)
    {
        var counts = new SeverityCounts();
        counts.Add(report);
        return counts;
    }

    public static SeverityCounts Of(IEnumerable<MessageReport> reports)
    {
        var counts = new SeverityCounts();
        foreach (var report in reports)
        {
            counts.Add(report);
        }

        return counts;
    }

    private void Add(MessageReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            if (diagnostic.IsSuppressed)
            {
                Suppressed++;
                continue;
            }

            switch (diagnostic.Severity)
            {
                case Severity.Error:
                    Errors++;
                    break;
                case Severity.Warning:
                    Warnings++;
                    break;
                case Severity.Info:
                    Infos++;
                    break;
                default:
                    break;
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using MessageLint.Audit;

namespace MessageLint.Cli.Commands;

/// <summary>
/// Progress on stderr: on a terminal a bar redrawn in place at most ten times a second; with
/// --progress always and no terminal, a plain line per update, for logs and scripts.
/// </summary>
internal sealed class ProgressBar
{
    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;
    private bool _drawn;

    public ProgressBar(TextWriter error, bool terminal)
    {
        _error = error;
        _terminal = terminal;
    }

    public void Report(AuditProgress progress)
    {
        var now = _clock.ElapsedMilliseconds;
        if (_terminal && now - _lastDraw < 100)
        {
            return;
        }

        _lastDraw = now;
        var seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var rate = progress.Done / seconds;
        var line = string.Create(CultureInfo.InvariantCulture, $"{progress.Read:N0} read, {progress.Done:N0} done, {progress.Reported:N0} findings, {rate:N0} msg/s");
        if (!_terminal)
        {
            _error.WriteLine("progress: " + line);
            return;
        }

        var bar = string.Empty;
        if (progress.Fraction is { } fraction)
        {
            var filled = (int)Math.Round(fraction * 24);
            bar = string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', 24 - filled)}] {fraction * 100,3:0}% ");
        }

        _error.Write("\r" + bar + line + "\u001b[K");
        _drawn = true;
    }

    public void Finish()
    {
        if (_terminal && _drawn)
        {
            _error.Write("\r\u001b[K");
        }
    }
}

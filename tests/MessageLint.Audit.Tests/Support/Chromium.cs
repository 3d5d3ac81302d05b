using System.Diagnostics;
using System.Text;

namespace MessageLint.Audit.Tests.Support;

/// <summary>
/// Debian's Chromium, run headless with the flags this machine needs (no sandbox as root, no
/// background network). Missing Chromium is a failure, not a skip: .ci/run installs it.
/// </summary>
public static class Chromium
{
    public static string Executable
    {
        get
        {
            foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("Chromium is not installed: run `apt-get install -y chromium` (.ci/run does it when it is missing).");
        }
    }

    /// <summary>Loads a page, runs its scripts, and returns the DOM as Chromium serialises it.</summary>
    public static string DumpDom(string file, string profileFolder) => Run(profileFolder, "--dump-dom", new Uri(file).AbsoluteUri);

    /// <summary>Renders a page to a PNG.</summary>
    public static void Screenshot(string file, string png, string profileFolder, int width = 1100, int height = 2600)
        => Run(profileFolder, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(file).AbsoluteUri);

    private static string Run(string profileFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profileFolder}",
        })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }
}

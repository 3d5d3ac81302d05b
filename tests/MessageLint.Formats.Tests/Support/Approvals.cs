namespace MessageLint.Formats.Tests.Support;

/// <summary>
/// Approval testing: output is compared exactly with <c>Approved/NAME.approved.EXT</c>. On a
/// mismatch the output is written to <c>NAME.received.EXT</c> beside it and the test fails with
/// the first difference; review the diff and, when the change is intended, move the received file
/// over the approved one.
/// </summary>
public static class Approvals
{
    public static void Verify(string name, string extension, string received)
    {
        var folder = Path.Combine(ProjectDirectory(), "Approved");
        var approvedPath = Path.Combine(folder, $"{name}.approved.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received);
        var hint = approved is null ? "there is no approved file yet" : FirstDifference(approved, received);
        Assert.Fail(
            $"Output differs from Approved/{name}.approved.{extension}: {hint}.{Environment.NewLine}"
            + $"Compare: diff -u {approvedPath} {receivedPath}{Environment.NewLine}"
            + $"If the change is intended: mv {receivedPath} {approvedPath}");
    }

    private static string FirstDifference(string approved, string received)
    {
        var expectedLines = approved.Split('\n');
        var actualLines = received.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var expected = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var actual = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (expected != actual)
            {
                return $"line {i + 1} is `{actual.Trim()}`, approved `{expected.Trim()}`";
            }
        }

        return "the texts differ only in line ends";
    }

    /// <summary>The test project's source folder, found from the build output that lives inside it.</summary>
    private static string ProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MessageLint.Formats.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"The test project folder was not found above {AppContext.BaseDirectory}.");
    }
}

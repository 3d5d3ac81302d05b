namespace MessageLint.Cli.Tests.Support;

/// <summary>Compares output with an approved file in tests/MessageLint.Cli.Tests/Approved; writes a .received file beside it on mismatch.</summary>
public static class Approval
{
    public static void Verify(string approvedName, string actual)
    {
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "Approved", approvedName);
        var expected = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (expected != actual)
        {
            var source = Path.Combine(SourceDirectory(), "Approved", approvedName + ".received");
            File.WriteAllText(source, actual);
            Assert.Fail($"Output differs from Approved/{approvedName}; see {source} and rename it to approve.");
        }
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "")
        => Path.GetDirectoryName(Path.GetDirectoryName(path)!)!;
}

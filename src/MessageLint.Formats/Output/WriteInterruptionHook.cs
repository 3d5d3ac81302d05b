namespace MessageLint.Formats.Output;

/// <summary>
/// A hidden test hook: with <c>MESSAGELINT_TEST_HANG_BEFORE_RENAME</c> set to a file path, a write
/// stops for good after its temporary file is complete and before the rename, and says so by
/// creating that file, so a test can kill the process at the worst moment without guessing when.
/// </summary>
internal static class WriteInterruptionHook
{
    private const string Variable = "MESSAGELINT_TEST_HANG_BEFORE_RENAME";

    public static void HoldBeforeRename(string temporaryPath)
    {
        var signal = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(signal))
        {
            return;
        }

        File.WriteAllText(signal, temporaryPath);
        using var never = new ManualResetEventSlim(initialState: false);
        never.Wait();
    }
}

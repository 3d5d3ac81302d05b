namespace MessageLint.Audit.Tests.Support;

/// <summary>Paths of the committed test inputs.</summary>
public static class Fixtures
{
    public static string Telegram(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "telegram", name);

    public static string Data(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);
}

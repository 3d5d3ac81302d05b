using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>Extra rule assemblies load only when the user names them, from the command line or the configuration.</summary>
public sealed class RuleAssemblyTests : IDisposable
{
    private static readonly string PackPath = Path.Combine(AppContext.BaseDirectory, "MessageLint.SampleRulePack.dll");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_named_rule_assembly_adds_its_rules()
    {
        _folder.Write("draft.txt", "Here is a banana for the launch.\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--rules-assembly", PackPath, "--format", "line");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("draft.txt:1:11: warning ML9001: A banana in a client message\n", result.StandardOutput);
    }

    [Fact]
    public void Without_being_named_the_assembly_is_not_loaded_even_beside_the_tool()
    {
        _folder.Write("draft.txt", "Here is a banana for the launch.\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "line");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public void A_configuration_can_name_a_rule_assembly_relative_to_itself()
    {
        File.Copy(PackPath, Path.Combine(_folder.Path, "pack.dll"));
        _folder.Write("messagelint.json", """{ "ruleAssemblies": ["pack.dll"], "rules": { "ML9001": "error" } }""");
        _folder.Write("draft.txt", "Here is a banana for the launch.\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "line");

        Assert.Equal("draft.txt:1:11: error ML9001: A banana in a client message\n", result.StandardOutput);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_an_ML0005_error()
    {
        _folder.Write("fake.dll", "not a dll");
        _folder.Write("draft.txt", "All fine.\n");

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--rules-assembly", "fake.dll");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error ML0005:", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("fake.dll: is not a .NET assembly", result.StandardError, StringComparison.Ordinal);
    }
}

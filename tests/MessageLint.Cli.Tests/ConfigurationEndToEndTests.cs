using MessageLint.Cli.Tests.Support;

namespace MessageLint.Cli.Tests;

/// <summary>Configuration as users meet it: discovery upward, --config, precedence, and broken files.</summary>
public sealed class ConfigurationEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_nearest_configuration_above_the_input_applies()
    {
        _folder.Write("messagelint.json", """{ "rules": { "ML7001": "none" } }""");
        _folder.Write("project/drafts/draft.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", "project/drafts/draft.txt", "--format", "line");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public void A_configuration_nearer_to_the_input_wins_over_one_further_up()
    {
        _folder.Write("messagelint.json", """{ "rules": { "ML7001": "none" } }""");
        _folder.Write("project/messagelint.json", """{ "rules": { "ML7001": "error" } }""");
        _folder.Write("project/draft.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", "project/draft.txt", "--format", "line");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("project/draft.txt:1:1: error ML7001:", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_hidden_fails_on_the_findings_fail_on_info_does_as_hidden_ones_are_never_counted()
    {
        _folder.Write("info/messagelint.json", """{ "rules": { "ML7001": "info" } }""");
        _folder.Write("info/draft.txt", Drafts.BluntEnglish);
        _folder.Write("hidden/messagelint.json", """{ "rules": { "ML7001": "hidden" } }""");
        _folder.Write("hidden/draft.txt", Drafts.BluntEnglish);

        var info = CliProcess.Run(_folder.Path, null, "check", "info/draft.txt", "--format", "line", "--fail-on", "hidden", "--no-ml");
        var hidden = CliProcess.Run(_folder.Path, null, "check", "hidden/draft.txt", "--format", "line", "--fail-on", "hidden", "--no-ml");

        Assert.Equal(1, info.ExitCode);
        Assert.Equal(0, hidden.ExitCode);
        Assert.Equal(string.Empty, hidden.StandardOutput);
    }

    [Fact]
    public void An_explicit_config_replaces_discovery()
    {
        _folder.Write("messagelint.json", """{ "rules": { "ML7001": "none" } }""");
        _folder.Write("strict.json", """{ "principles": { "raise-problems": "error" } }""");
        _folder.Write("draft.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--config", "strict.json", "--format", "line");

        Assert.StartsWith("draft.txt:1:1: error ML7001:", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_setting_beats_a_principle_setting_and_the_command_line_beats_the_file()
    {
        _folder.Write("messagelint.json", """{ "principles": { "7": "error" }, "rules": { "ML7001": "info" }, "failOn": "info" }""");
        _folder.Write("draft.txt", Drafts.BluntEnglish);

        var fromFile = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "line");
        var overridden = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "line", "--fail-on", "warning");

        Assert.StartsWith("draft.txt:1:1: info ML7001:", fromFile.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, fromFile.ExitCode);
        Assert.Equal(0, overridden.ExitCode);
    }

    [Fact]
    public void A_custom_profile_extends_a_built_in_one()
    {
        _folder.Write("messagelint.json", """
            {
              "profiles": { "studio": { "extends": "public-post", "rules": { "ML7001": "error" } } },
              "profile": "studio"
            }
            """);
        _folder.Write("draft.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "line");

        Assert.StartsWith("draft.txt:1:1: error ML7001:", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_gives_ML0001_with_line_and_column_and_exit_2()
    {
        _folder.Write("messagelint.json", "{\n  \"rules\": {\n    \"ML7001\": \"none\",,\n  }\n}\n");
        _folder.Write("draft.txt", Drafts.BluntEnglish);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--format", "line");

        Assert.Equal(2, result.ExitCode);
        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("messagelint: error ML0001: messagelint.json:3:22: invalid JSON:", lines[0], StringComparison.Ordinal);
        Assert.Equal("messagelint: error ML0002: draft.txt: not checked: its configuration messagelint.json has errors", lines[1]);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public void A_yaml_configuration_is_refused_with_a_hint_that_the_configuration_is_json()
    {
        _folder.Write(".messagelint.yml", "rules:\n  ML7001: none\n");
        _folder.Write("draft.txt", Drafts.Clean);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--config", ".messagelint.yml");

        Assert.Equal(2, result.ExitCode);
        var first = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
        Assert.StartsWith("messagelint: error ML0001: .messagelint.yml:1:1: invalid JSON:", first, StringComparison.Ordinal);
        Assert.EndsWith("(the configuration is JSON: YAML is not read; see messagelint.json in the README)", first, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_setting_gives_ML0002_at_its_position_with_a_suggestion()
    {
        _folder.Write("messagelint.json", "{\n  \"rulse\": {}\n}\n");
        _folder.Write("draft.txt", Drafts.Clean);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("messagelint: error ML0002: messagelint.json:2:3: unknown setting 'rulse'; did you mean 'rules'?", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "rules": { "ML9999": "error" } }""", "unknown rule 'ML9999'")]
    [InlineData("""{ "rules": { "ML7001": "loud" } }""", "'loud' is not a severity")]
    [InlineData("""{ "principles": { "9": "error" } }""", "'9' is not a principle")]
    [InlineData("""{ "profile": "nope" }""", "unknown profile 'nope'")]
    [InlineData("""{ "language": "de" }""", "'language' must be \"auto\", \"ru\" or \"en\"")]
    [InlineData("""[1, 2]""", "the configuration must be a JSON object")]
    public void Bad_values_are_reported_with_their_position(string json, string expected)
    {
        _folder.Write("messagelint.json", json);
        _folder.Write("draft.txt", Drafts.Clean);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"^messagelint: error ML0002: messagelint\.json:1:\d+: ", result.StandardError);
        Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_explicit_config_is_an_error()
    {
        _folder.Write("draft.txt", Drafts.Clean);

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--config", "nope.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("messagelint: error ML0003: nope.json: configuration file not found\n", result.StandardError);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public void A_folder_given_as_config_is_named_once_as_a_folder()
    {
        _folder.Write("draft.txt", Drafts.Clean);
        Directory.CreateDirectory(Path.Combine(_folder.Path, "settings"));

        var result = CliProcess.Run(_folder.Path, null, "check", "draft.txt", "--config", "settings", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("messagelint: error ML0003: settings: is a folder, not a configuration file\n", result.StandardError);
    }
}

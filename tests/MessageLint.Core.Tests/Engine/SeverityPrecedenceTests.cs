using MessageLint.Core.Configuration;
using MessageLint.Core.Diagnostics;
using MessageLint.Core.Engine;

namespace MessageLint.Core.Tests.Engine;

public sealed class SeverityPrecedenceTests
{
    private const string RuleId = "ML5901";

    private static RuleDescriptor Descriptor(bool enabledByDefault = true, Dictionary<string, Severity>? profiles = null) => new(
        RuleId,
        new LocalizedText("Test", "Тест"),
        new LocalizedText("Test", "Тест"),
        Principle.RecommendDontAsk,
        Severity.Warning,
        enabledByDefault,
        profiles);

    private static Dictionary<string, Severity> KickoffError => new() { [BuiltInProfiles.Kickoff] = Severity.Error };

    [Fact]
    public void A_rule_takes_its_default_severity_when_nothing_overrides_it()
    {
        Assert.Equal(Severity.Warning, new LintSettings().GetSeverity(Descriptor()));
    }

    [Fact]
    public void A_rule_disabled_by_default_has_no_severity()
    {
        Assert.Equal(Severity.None, new LintSettings().GetSeverity(Descriptor(enabledByDefault: false)));
    }

    [Theory]
    [InlineData(BuiltInProfiles.Kickoff, Severity.Error)]
    [InlineData("KICKOFF", Severity.Error)]
    [InlineData(BuiltInProfiles.ClientChat, Severity.Warning)]
    [InlineData(BuiltInProfiles.PublicPost, Severity.Warning)]
    public void The_descriptor_sets_its_severity_in_a_built_in_profile(string profile, Severity expected)
    {
        Assert.Equal(expected, new LintSettings(profile: profile).GetSeverity(Descriptor(profiles: KickoffError)));
    }

    [Fact]
    public void A_built_in_profile_can_turn_on_a_rule_that_is_off_by_default()
    {
        var descriptor = Descriptor(enabledByDefault: false, profiles: KickoffError);

        Assert.Equal(Severity.Error, new LintSettings(profile: BuiltInProfiles.Kickoff).GetSeverity(descriptor));
        Assert.Equal(Severity.None, new LintSettings(profile: BuiltInProfiles.ClientChat).GetSeverity(descriptor));
    }

    [Fact]
    public void A_configured_principle_overrides_the_profile_severity_of_the_descriptor()
    {
        var configuration = new LintConfiguration();
        configuration.Principles[Principle.RecommendDontAsk] = Severity.Info;

        var settings = new LintSettings(configuration, profile: BuiltInProfiles.Kickoff);

        Assert.Equal(Severity.Info, settings.GetSeverity(Descriptor(profiles: KickoffError)));
    }

    [Fact]
    public void A_configured_rule_overrides_its_configured_principle()
    {
        var configuration = new LintConfiguration();
        configuration.Principles[Principle.RecommendDontAsk] = Severity.Info;
        configuration.Rules["ml5901"] = Severity.Error;

        Assert.Equal(Severity.Error, new LintSettings(configuration).GetSeverity(Descriptor()));
    }

    [Fact]
    public void A_configured_rule_can_turn_a_rule_off_and_on()
    {
        var off = new LintConfiguration();
        off.Rules[RuleId] = Severity.None;
        var on = new LintConfiguration();
        on.Rules[RuleId] = Severity.Hidden;

        Assert.Equal(Severity.None, new LintSettings(off).GetSeverity(Descriptor()));
        Assert.Equal(Severity.Hidden, new LintSettings(on).GetSeverity(Descriptor(enabledByDefault: false)));
    }

    [Fact]
    public void The_active_profile_principle_overrides_the_configured_rule_and_its_rule_setting_wins_over_both()
    {
        var configuration = new LintConfiguration();
        configuration.Rules[RuleId] = Severity.Error;
        var profile = new ProfileConfiguration();
        profile.Principles[Principle.RecommendDontAsk] = Severity.Info;
        configuration.Profiles["mine"] = profile;

        Assert.Equal(Severity.Info, new LintSettings(configuration, profile: "mine").GetSeverity(Descriptor()));

        profile.Rules[RuleId] = Severity.Hidden;
        Assert.Equal(Severity.Hidden, new LintSettings(configuration, profile: "mine").GetSeverity(Descriptor()));
    }

    [Fact]
    public void A_custom_profile_extending_a_built_in_one_inherits_its_descriptor_severities()
    {
        var configuration = new LintConfiguration();
        configuration.Profiles["my-kickoff"] = new ProfileConfiguration { Extends = BuiltInProfiles.Kickoff };

        var settings = new LintSettings(configuration, profile: "my-kickoff");

        Assert.Equal(BuiltInProfiles.Kickoff, settings.BaseProfile);
        Assert.True(settings.IsKnownProfile);
        Assert.Equal(Severity.Error, settings.GetSeverity(Descriptor(profiles: KickoffError)));
    }

    [Fact]
    public void A_custom_profile_extending_a_built_in_one_applies_its_own_overrides_last()
    {
        var configuration = new LintConfiguration();
        configuration.Rules[RuleId] = Severity.Info;
        var custom = new ProfileConfiguration { Extends = BuiltInProfiles.Kickoff };
        custom.Rules[RuleId] = Severity.Warning;
        configuration.Profiles["my-kickoff"] = custom;

        var settings = new LintSettings(configuration, profile: "my-kickoff");

        Assert.Equal(Severity.Warning, settings.GetSeverity(Descriptor(profiles: KickoffError)));
    }

    [Fact]
    public void In_a_chain_of_profiles_the_active_one_wins_over_the_one_it_extends()
    {
        var configuration = new LintConfiguration();
        var parent = new ProfileConfiguration { Extends = BuiltInProfiles.StatusUpdate };
        parent.Rules[RuleId] = Severity.Error;
        parent.Principles[Principle.PredictableStatus] = Severity.Error;
        var child = new ProfileConfiguration { Extends = "team" };
        child.Principles[Principle.RecommendDontAsk] = Severity.Info;
        configuration.Profiles["team"] = parent;
        configuration.Profiles["team-friday"] = child;

        var settings = new LintSettings(configuration, profile: "team-friday");

        Assert.Equal(BuiltInProfiles.StatusUpdate, settings.BaseProfile);
        Assert.Equal(Severity.Info, settings.GetSeverity(Descriptor()));
        var other = new RuleDescriptor("ML4999", new("T", "T"), new("T", "T"), Principle.PredictableStatus, Severity.Info);
        Assert.Equal(Severity.Error, settings.GetSeverity(other));
    }

    [Fact]
    public void A_configuration_can_adjust_a_built_in_profile_by_its_name()
    {
        var configuration = new LintConfiguration();
        var adjusted = new ProfileConfiguration();
        adjusted.Rules[RuleId] = Severity.Hidden;
        configuration.Profiles[BuiltInProfiles.Kickoff] = adjusted;

        var settings = new LintSettings(configuration, profile: BuiltInProfiles.Kickoff);

        Assert.Equal(BuiltInProfiles.Kickoff, settings.BaseProfile);
        Assert.Equal(Severity.Hidden, settings.GetSeverity(Descriptor(profiles: KickoffError)));
    }

    [Fact]
    public void An_unknown_profile_is_flagged_and_falls_back_to_descriptor_defaults()
    {
        var settings = new LintSettings(profile: "no-such-profile");

        Assert.False(settings.IsKnownProfile);
        Assert.Null(settings.BaseProfile);
        Assert.Equal(Severity.Warning, settings.GetSeverity(Descriptor(profiles: KickoffError)));
    }

    [Fact]
    public void Profiles_that_extend_each_other_in_a_cycle_do_not_hang()
    {
        var configuration = new LintConfiguration();
        configuration.Profiles["a"] = new ProfileConfiguration { Extends = "b" };
        configuration.Profiles["b"] = new ProfileConfiguration { Extends = "a" };

        var settings = new LintSettings(configuration, profile: "a");

        Assert.Null(settings.BaseProfile);
        Assert.Equal(Severity.Warning, settings.GetSeverity(Descriptor()));
    }

    [Fact]
    public void The_profile_comes_from_the_argument_then_the_configuration_then_client_chat()
    {
        var configuration = new LintConfiguration { Profile = BuiltInProfiles.PublicPost };

        Assert.Equal(BuiltInProfiles.Kickoff, new LintSettings(configuration, profile: BuiltInProfiles.Kickoff).Profile);
        Assert.Equal(BuiltInProfiles.PublicPost, new LintSettings(configuration).Profile);
        Assert.Equal(BuiltInProfiles.ClientChat, new LintSettings().Profile);
    }
}

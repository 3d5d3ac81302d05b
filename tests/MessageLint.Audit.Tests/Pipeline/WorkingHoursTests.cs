using MessageLint.Audit.Metrics;

namespace MessageLint.Audit.Tests.Pipeline;

public class WorkingHoursTests
{
    [Theory]
    [InlineData("9-18", 9, 0, 18, 0)]
    [InlineData("09:00-18:00", 9, 0, 18, 0)]
    [InlineData("9:30-18", 9, 30, 18, 0)]
    [InlineData(" 10:00 - 19:00 ", 10, 0, 19, 0)]
    [InlineData("0-23:59", 0, 0, 23, 59)]
    public void Hours_are_read_in_the_full_and_the_short_forms(string text, int startHour, int startMinute, int endHour, int endMinute)
    {
        Assert.True(WorkingHours.TryParse(text, null, out var hours, out var error), error);

        Assert.Equal(new TimeOnly(startHour, startMinute), hours.Start);
        Assert.Equal(new TimeOnly(endHour, endMinute), hours.End);
    }

    [Theory]
    [InlineData("10:00-19:00x")]
    [InlineData("24:00-25:00")]
    [InlineData("10:60-11:00")]
    [InlineData("99:99-10:00")]
    [InlineData("9")]
    [InlineData("9-18-20")]
    [InlineData("9h-18h")]
    [InlineData("10:00-10:00")]
    [InlineData("")]
    public void Malformed_hours_give_one_usage_error_that_says_what_is_accepted(string text)
    {
        Assert.False(WorkingHours.TryParse(text, null, out _, out var error));

        Assert.Equal($"--working-hours must be {WorkingHours.HoursSyntax}; got '{text}'", error);
        Assert.Contains("HH:MM-HH:MM", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overnight_range_is_refused_with_an_error_that_says_overnight_is_not_supported()
    {
        Assert.False(WorkingHours.TryParse("19:00-10:00", null, out _, out var error));

        Assert.Contains("overnight ranges such as 22:00-06:00 are not supported", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_days_name_the_working_days_option_and_the_accepted_forms()
    {
        Assert.False(WorkingHours.TryParse(null, "mon-xyz", out _, out var error));

        Assert.Equal($"--working-days must be {WorkingHours.DaysSyntax}; got 'mon-xyz'", error);
    }
}

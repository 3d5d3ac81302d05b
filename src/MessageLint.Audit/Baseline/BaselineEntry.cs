namespace MessageLint.Audit.Baseline;

/// <summary>A result of the baseline log, kept so that one no longer found can be reported as absent.</summary>
/// <param name="Index">Its position in the baseline log; absent results are listed in this order.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Location">The message key (SARIF logical location) or the artifact URI.</param>
/// <param name="Fingerprint">The partial fingerprint.</param>
/// <param name="Message">The result's message.</param>
/// <param name="Level">Its SARIF level.</param>
/// <param name="Uri">Its artifact URI.</param>
/// <param name="Line">Its start line.</param>
public sealed record BaselineEntry(long Index, string RuleId, string Location, string Fingerprint, string Message, string Level, string? Uri, int? Line);

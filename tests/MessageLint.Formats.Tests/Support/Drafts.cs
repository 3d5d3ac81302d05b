namespace MessageLint.Formats.Tests.Support;

/// <summary>Draft texts the tests share; each exercises one thing the writers must get right.</summary>
public static class Drafts
{
    /// <summary>A warning on line 2, and an info whose span runs from line 2 onto line 3.</summary>
    public const string English = "Hi Anna!\nPlease send the logo ASAP. What do you\nprefer: PNG or SVG?";

    /// <summary>Cyrillic: one column per letter, Russian messages and fixes.</summary>
    public const string Russian = "Привет! Пришлите, пожалуйста, макет срочно.\nКак вам удобнее: созвон или почта?";

    /// <summary>Emoji before the span: a surrogate pair, one with a skin-tone modifier, and a ZWJ family.</summary>
    public const string Emoji = "🙂👍🏽 Please send it ASAP 🙏\n👨‍👩‍👧 family photo ASAP.";

    /// <summary>CRLF line ends, with the info's span crossing one.</summary>
    public const string Crlf = "First line is fine.\r\nSecond line needs it ASAP. What do you\r\nprefer?\r\n";

    /// <summary>One finding silenced with a justification, one left visible.</summary>
    public const string Suppressed = "They wrote ASAP in the brief. [messagelint-disable-line ML7901 -- quoting the client's brief]\nPlease reply ASAP.";

    /// <summary>A draft with nothing to report.</summary>
    public const string Clean = "Thanks, I will send the logo by Friday.";

    /// <summary>A Markdown draft.</summary>
    public const string Markdown = "# Logo\n\n**Please** confirm the size ASAP.\n";
}

namespace MessageLint.Formats.Archive;

/// <summary>The fixed keys of skip reasons; reports count skipped records by key and show the detail.</summary>
public static class SkipReasons
{
    /// <summary>A service message (someone joined, a pin, a call): no words of anyone's to check.</summary>
    public const string Service = "service";

    /// <summary>A forwarded message: someone else's words, skipped whole rather than blamed on the author.</summary>
    public const string Forwarded = "forwarded";

    /// <summary>A message without text: a photo, sticker or file without a caption.</summary>
    public const string NoText = "no-text";

    /// <summary>A message by someone other than the author selected with --author or --from-id.</summary>
    public const string OtherAuthor = "other-author";

    /// <summary>A message in a chat other than the ones selected with --chat.</summary>
    public const string OtherChat = "other-chat";

    /// <summary>A message larger than --max-size.</summary>
    public const string TooLarge = "too-large";

    /// <summary>A message Telegram exported as "unsupported" (a kind of message the exporter cannot write).</summary>
    public const string Unsupported = "unsupported";

    /// <summary>A human description of a reason key, for summaries.</summary>
    public static string Describe(string key) => key switch
    {
        Service => "service messages",
        Forwarded => "forwarded (someone else's words)",
        NoText => "without text (media only)",
        OtherAuthor => "by other authors",
        OtherChat => "in other chats",
        TooLarge => "too large",
        Unsupported => "unsupported by the exporter",
        _ => key,
    };
}

namespace MessageLint.Rules.Principle3;

/// <summary>Where ML3001 requires the client word to stand relative to what is said about it, since "клиенты вечно" sneers but "вечно клиенты" may not.</summary>
internal enum ClientWordPosition
{
    /// <summary>Before or after.</summary>
    Any,

    /// <summary>The client word comes first ("клиенты вечно…").</summary>
    ClientFirst,

    /// <summary>The client word comes last ("опять заказчица…").</summary>
    ClientLast,
}

using MessageLint.Core.Collections;

namespace MessageLint.Core.Tests.Collections;

/// <summary>The packed lookup table finds every key it holds, nothing else, and refuses keys it cannot hold.</summary>
public sealed class UInt64KeyedTableTests
{
    [Fact]
    public void Every_key_is_found_and_absent_keys_give_the_missing_value()
    {
        var entries = Enumerable.Range(1, 5_000).Select(i => KeyValuePair.Create((ulong)i * 65_537, i)).ToList();
        var table = new UInt64KeyedTable(entries);

        Assert.All(entries, e => Assert.Equal(e.Value, table.Find(e.Key)));
        Assert.Equal(-1, table.Find(3));
        Assert.Equal(0, table.Find(65_538, missing: 0));
    }

    [Fact]
    public void Zero_and_repeated_keys_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new UInt64KeyedTable([KeyValuePair.Create(0UL, 1)]));
        Assert.Throws<ArgumentException>(() => new UInt64KeyedTable([KeyValuePair.Create(7UL, 1), KeyValuePair.Create(7UL, 2)]));
    }
}

using MessageLint.Audit.Tests.Support;

namespace MessageLint.Audit.Tests.EndToEnd;

public class ShardMergeTests
{
    [Fact]
    public void Shards_one_and_two_of_two_merged_give_the_same_reports_as_a_single_run()
    {
        using var folder = new TempFolder();
        var archive = folder.Write("chat.jsonl", Pipeline.AuditPipelineTests.GeneratedJsonl(800));
        var single = InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--json", "single.json", "--sarif", "single.sarif", "--html", "single.html", "--csv", "single.csv");
        var first = InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--shard", "1/2", "--json", "shard1.json");
        var second = InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--shard", "2/2", "--json", "shard2.json");

        var merged = InProcessCli.Run(folder.Path, null, "merge", "shard2.json", "shard1.json", "--json", "merged.json", "--sarif", "merged.sarif", "--html", "merged.html", "--csv", "merged.csv");

        Assert.Equal(1, single.ExitCode);
        Assert.Equal(1, merged.ExitCode);
        Assert.Equal(string.Empty, merged.Error);
        Assert.Equal(File.ReadAllBytes(folder.File("single.json")), File.ReadAllBytes(folder.File("merged.json")));
        Assert.Equal(File.ReadAllBytes(folder.File("single.sarif")), File.ReadAllBytes(folder.File("merged.sarif")));
        Assert.Equal(File.ReadAllBytes(folder.File("single.html")), File.ReadAllBytes(folder.File("merged.html")));
        Assert.Equal(File.ReadAllBytes(folder.File("single.csv")), File.ReadAllBytes(folder.File("merged.csv")));
        Assert.Contains("read 800 = ", single.Output, StringComparison.Ordinal);
        Assert.Contains("read 800 = ", merged.Output, StringComparison.Ordinal);
        Assert.Contains("more records belong to other shards", first.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, first.Output.Length + second.Output.Length);
    }

    [Fact]
    public void Shards_of_several_archives_with_repeated_ids_merge_into_the_single_run()
    {
        using var folder = new TempFolder();
        folder.Write("a.jsonl", Pipeline.AuditPipelineTests.GeneratedJsonl(300));
        folder.Write("b.jsonl", Pipeline.AuditPipelineTests.GeneratedJsonl(300));
        InProcessCli.Run(folder.Path, null, "audit", "a.jsonl", "b.jsonl", "--json", "single.json");
        InProcessCli.Run(folder.Path, null, "audit", "a.jsonl", "b.jsonl", "--shard", "1/2", "--json", "shard1.json");
        InProcessCli.Run(folder.Path, null, "audit", "a.jsonl", "b.jsonl", "--shard", "2/2", "--json", "shard2.json");

        var merged = InProcessCli.Run(folder.Path, null, "merge", "shard1.json", "shard2.json", "--json", "merged.json");

        Assert.Equal(string.Empty, merged.Error);
        Assert.Contains("read 600 = ", merged.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(folder.File("single.json")), File.ReadAllBytes(folder.File("merged.json")));
    }

    [Fact]
    public void Each_record_falls_in_exactly_one_shard()
    {
        var keys = Enumerable.Range(0, 5000).Select(i => $"chat/{i}").ToList();
        var shards = Enumerable.Range(1, 3).Select(i => new ShardSpec(i, 3)).ToList();

        Assert.All(keys, key => Assert.Single(shards, s => s.Contains(key)));
        Assert.All(shards, s => Assert.InRange(keys.Count(s.Contains), 1500, 1850));
    }

    [Fact]
    public void Merging_refuses_a_missing_shard()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", Pipeline.AuditPipelineTests.GeneratedJsonl(20));
        InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--shard", "1/3", "--json", "s1.json");
        InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--shard", "3/3", "--json", "s3.json");

        var merged = InProcessCli.Run(folder.Path, null, "merge", "s1.json", "s3.json", "--json", "merged.json");

        Assert.Equal(2, merged.ExitCode);
        Assert.Contains("shard 2/3 missing", merged.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("merged.json")));
    }

    [Fact]
    public void A_malformed_shard_argument_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("chat.jsonl", "{\"text\": \"hi\"}\n");

        var result = InProcessCli.Run(folder.Path, null, "audit", "chat.jsonl", "--shard", "3/2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard must be i/n", result.Error, StringComparison.Ordinal);
    }
}

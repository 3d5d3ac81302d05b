using System.Text;
using MessageLint.Formats.Output;

namespace MessageLint.Formats.Tests;

/// <summary>Atomic writes: the target holds the old content or the new, never part of either, and no temporary file stays behind.</summary>
public sealed class SafeFileWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "messagelint-tests", Guid.NewGuid().ToString("N"));

    public SafeFileWriterTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_write_that_fails_midway_keeps_the_old_file_and_leaves_no_temporary()
    {
        var target = Path.Combine(_folder, "model.zip");
        File.WriteAllText(target, "old model");

        var failure = Record.Exception(() => SafeFileWriter.Write(target, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("half of a new mo"));
            throw new IOException("disk full");
        }));

        Assert.IsType<IOException>(failure);
        Assert.Equal("old model", File.ReadAllText(target));
        Assert.Equal(["model.zip"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_write_replaces_the_whole_file()
    {
        var target = Path.Combine(_folder, "draft.txt");
        File.WriteAllText(target, "a much longer old content than the new one");

        SafeFileWriter.Write(target, "new");

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(["draft.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void The_next_write_removes_a_temporary_its_dead_writer_left()
    {
        var target = Path.Combine(_folder, "draft.txt");
        var stale = Path.Combine(_folder, $".draft.txt.{int.MaxValue}.{Guid.NewGuid():N}.messagelint.tmp");
        File.WriteAllText(stale, "left by a killed run");

        SafeFileWriter.Write(target, "fixed");

        Assert.False(File.Exists(stale));
        Assert.Equal("fixed", File.ReadAllText(target));
    }
}

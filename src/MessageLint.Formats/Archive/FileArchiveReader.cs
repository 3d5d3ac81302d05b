using MessageLint.Core.Text;
using MessageLint.Formats.Input;
using Microsoft.Extensions.FileSystemGlobbing;

namespace MessageLint.Formats.Archive;

/// <summary>
/// Reads folders, files and globs of drafts (.md, .markdown, .txt, .text, .eml) as an archive, one
/// file a message, minus the files that match an exclude glob. An argument that names nothing and a
/// file that cannot be read are failed records, never silently left out.
/// </summary>
public sealed class FileArchiveReader : IArchiveReader
{
    private readonly IReadOnlyList<string> _inputs;
    private readonly IReadOnlyList<string> _excludes;
    private readonly string _currentDirectory;
    private readonly DraftReader _drafts;
    private int _total;
    private int _done;

    /// <summary>Reads the given files, folders and globs, relative to a folder.</summary>
    public FileArchiveReader(IReadOnlyList<string> inputs, IReadOnlyList<string> excludes, string currentDirectory, long maxBytes = DraftSize.DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(excludes);
        _inputs = inputs;
        _excludes = excludes;
        _currentDirectory = currentDirectory;
        _drafts = new DraftReader(maxBytes);
        Source = string.Join(' ', inputs);
    }

    /// <inheritdoc />
    public string Source { get; }

    /// <inheritdoc />
    public double? Progress => _total == 0 ? null : (double)_done / _total;

    /// <inheritdoc />
    public IEnumerable<ArchiveRecord> ReadRecords(CancellationToken cancellationToken = default)
    {
        var (items, problems) = InputResolver.Resolve(_inputs, _currentDirectory);
        foreach (var problem in problems)
        {
            yield return ArchiveRecord.Failure(problem.Path, null, problem.Message);
        }

        var exclude = new Matcher(StringComparison.Ordinal);
        foreach (var pattern in _excludes)
        {
            exclude.AddInclude(pattern.Replace('\\', '/'));
        }

        var files = items
            .Where(item => item.Kind == InputKind.File && !IsExcluded(exclude, item))
            .ToList();
        _total = files.Count;
        foreach (var item in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _done++;
            var read = _drafts.Read(item);
            var id = item.DisplayPath.Replace('\\', '/');
            if (read.Problem is { } problem)
            {
                yield return ArchiveRecord.Failure(item.DisplayPath, null, problem.Message, id);
                continue;
            }

            yield return new ArchiveRecord
            {
                Kind = ArchiveRecordKind.Message,
                Source = item.DisplayPath,
                Id = id,
                Text = read.Text,
                Format = read.Format,
                TextIsWholeFile = read.PositionNote is null,
            };
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private bool IsExcluded(Matcher exclude, InputItem item)
    {
        if (_excludes.Count == 0)
        {
            return false;
        }

        var relative = Path.GetRelativePath(_currentDirectory, item.FullPath!).Replace('\\', '/');
        return exclude.Match(relative).HasMatches || exclude.Match(item.DisplayPath.Replace('\\', '/')).HasMatches;
    }
}

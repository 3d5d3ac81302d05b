using System.Text;

namespace MessageLint.LanguageServer.Tests.Support;

/// <summary>A temporary folder for one test, deleted afterwards; files in it are addressed by file: URIs as editors send them.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "messagelint-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Uri => new Uri(Path + "/").AbsoluteUri;

    public string Write(string relativePath, string content)
    {
        var full = FullPath(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
        return full;
    }

    public string FullPath(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public string UriOf(string relativePath) => new Uri(FullPath(relativePath)).AbsoluteUri;

    public string Read(string relativePath) => File.ReadAllText(FullPath(relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the OS cleans the temp directory.
        }
    }
}

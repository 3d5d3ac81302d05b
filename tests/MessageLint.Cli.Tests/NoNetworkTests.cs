using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MessageLint.Cli.Tests;

/// <summary>
/// Message text never leaves the machine: no MessageLint assembly that ships in the tool references
/// an assembly or a type of the networking stack, so no code path can open a connection.
/// </summary>
public sealed class NoNetworkTests
{
    private static readonly string[] NetworkAssemblies =
    [
        "System.Net.Http", "System.Net.Sockets", "System.Net.Requests", "System.Net.WebClient", "System.Net.WebSockets",
        "System.Net.WebSockets.Client", "System.Net.Mail", "System.Net.NetworkInformation", "System.Net.Ping", "System.Net.Security",
        "System.Net.Quic", "System.Net.HttpListener", "System.Net.NameResolution",
    ];

    public static TheoryData<string> ShippedAssemblies => [.. ShippedAssemblyNames()];

    [Fact]
    public void The_tool_and_its_libraries_are_all_scanned()
        => Assert.Superset(
            new HashSet<string>(["messagelint.dll", "MessageLint.Core.dll", "MessageLint.Rules.dll", "MessageLint.Formats.dll"]),
            ShippedAssemblyNames().ToHashSet());

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void A_shipped_assembly_references_no_networking_assembly_or_type(string fileName)
        => Assert.Empty(NetworkingReferences(fileName));

    [Fact]
    public void Of_the_tools_dependencies_only_ML_NET_core_the_JSON_RPC_stack_and_the_MIME_parser_reference_networking()
    {
        // Microsoft.ML.Core can download pretrained embeddings; MessageLint embeds its own model and
        // uses none of those components. StreamJsonRpc and Nerdbank.Streams carry WebSocket and pipe
        // transports; the language server hands them only stdin and stdout. MimeKit, which reads .eml
        // drafts, can fetch certificate revocation lists for S/MIME and convert to System.Net.Mail types,
        // and its BouncyCastle names socket errors; MessageLint calls only MimeKit's parser and text
        // decoding. A new dependency with networking code fails here first.
        var withNetworking = DependencyAssemblyNames().Where(name => NetworkingReferences(name).Count > 0).ToList();

        Assert.Equal(["BouncyCastle.Cryptography.dll", "Microsoft.ML.Core.dll", "MimeKit.dll", "Nerdbank.Streams.dll", "StreamJsonRpc.dll"], withNetworking);
    }

    /// <summary>Every assembly the tool loads at run time, from its dependency manifest.</summary>
    private static List<string> DependencyAssemblyNames()
    {
        using var deps = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "messagelint.deps.json")));
        var target = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value;
        return [.. target.EnumerateObject()
            .SelectMany(library => library.Value.TryGetProperty("runtime", out var runtime) ? runtime.EnumerateObject().Select(r => Path.GetFileName(r.Name)) : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Networking assemblies an assembly references, and networking types it uses: a netstandard
    /// library reaches HttpClient through "netstandard", so the type references are what tell.
    /// </summary>
    private static List<string> NetworkingReferences(string fileName)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, fileName));
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var assemblies = metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .Where(name => NetworkAssemblies.Contains(name, StringComparer.OrdinalIgnoreCase));
        var types = metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .Where(name => name.StartsWith("System.Net.", StringComparison.Ordinal) && !name.StartsWith("System.Net.WebUtility", StringComparison.Ordinal));
        return [.. assemblies.Concat(types)];
    }

    private static List<string> ShippedAssemblyNames()
        => [.. Directory.GetFiles(AppContext.BaseDirectory, "MessageLint.*.dll")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.Contains(".Tests", StringComparison.Ordinal) && name is not ("MessageLint.Testing.dll" or "MessageLint.SampleRulePack.dll"))
            .Append("messagelint.dll")
            .Order(StringComparer.Ordinal)];
}

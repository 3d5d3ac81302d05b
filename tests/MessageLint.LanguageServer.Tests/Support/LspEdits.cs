using System.Text;
using System.Text.Json.Nodes;
using MessageLint.Core.Text;

namespace MessageLint.LanguageServer.Tests.Support;

/// <summary>Applies a code action's edits to a text the way an editor does, to check what the user ends up with.</summary>
public static class LspEdits
{
    public static string Apply(string text, JsonArray edits)
    {
        var lines = LineMap.Create(text);
        var resolved = edits
            .Select(e => e!.AsObject())
            .Select(e => (Start: Offset(lines, text, e["range"]!["start"]!), End: Offset(lines, text, e["range"]!["end"]!), NewText: e["newText"]!.GetValue<string>()))
            .OrderByDescending(e => e.Start)
            .ToList();
        var builder = new StringBuilder(text);
        foreach (var (start, end, newText) in resolved)
        {
            builder.Remove(start, end - start).Insert(start, newText);
        }

        return builder.ToString();
    }

    private static int Offset(LineMap lines, string text, JsonNode position)
    {
        var line = position["line"]!.GetValue<int>();
        return line >= lines.LineCount ? text.Length : lines.GetOffset(new LinePosition(line, position["character"]!.GetValue<int>()));
    }
}

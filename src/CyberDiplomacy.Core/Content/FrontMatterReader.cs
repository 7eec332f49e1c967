using CyberDiplomacy.Core.Content.Validation;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CyberDiplomacy.Core.Content;

/// <summary>Splits a file into its YAML front matter and body, and reads the YAML into typed models.</summary>
public sealed class FrontMatterReader
{
    [ThreadStatic] private static IDeserializer? _deserializer;

    private static IDeserializer Deserializer => _deserializer ??= new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public sealed record Block(string Yaml, string[] Lines, int FirstLine);

    /// <summary>Finds the <c>---</c> fenced block at the top; <see cref="Block.FirstLine"/> is the file line of its first YAML line.</summary>
    public static Block? Extract(string text)
    {
        using var reader = new StringReader(text);
        if (reader.ReadLine()?.TrimEnd() != "---")
        {
            return null;
        }
        var lines = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.TrimEnd() is "---" or "...")
            {
                return new Block(string.Join('\n', lines), lines.ToArray(), 2);
            }
            lines.Add(line);
        }
        return null;
    }

    /// <summary>Deserializes the block, or returns a diagnostic with the file line of the YAML error.</summary>
    public static T? Read<T>(Block block, string path, out ContentDiagnostic? error) where T : class
    {
        error = null;
        try
        {
            return Deserializer.Deserialize<T>(block.Yaml);
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException as YamlException)?.Message ?? ex.InnerException?.Message ?? ex.Message;
            var detail = message.Contains("): ", StringComparison.Ordinal) ? message[(message.IndexOf("): ", StringComparison.Ordinal) + 3)..] : message;
            error = ContentDiagnostic.Report(DiagnosticRules.FrontMatterSyntax, path, block.FirstLine + (int)ex.Start.Line - 1, (int)ex.Start.Column,
                "front matter: " + detail.Trim());
            return null;
        }
    }

    /// <summary>
    /// The file line and column of the <paramref name="index"/>-th item (0-based) of the block list under <c>key:</c>
    /// (<c>  - id: …</c>); the key's own line when the list is written inline or has fewer items.
    /// </summary>
    public static (int Line, int Column) PositionOfItem(Block block, string key, int index)
    {
        var keyLine = LineOf(block, key);
        var seen = -1;
        for (var i = keyLine - block.FirstLine + 1; i >= 1 && i < block.Lines.Length; i++)
        {
            var line = block.Lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (line.Length == trimmed.Length && !trimmed.StartsWith('-')) break; // the next top-level key
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                seen++;
                var indent = line.Length - trimmed.Length;
                // A list item's content starts after "- " and any spaces.
                if (seen == index) return (block.FirstLine + i, indent + 2 + trimmed[1..].TakeWhile(c => c == ' ').Count());
            }
        }
        return (keyLine, 1);
    }

    /// <summary>The file line of <c>key:</c> in the block, or of the block's first line when it is absent.</summary>
    public static int LineOf(Block block, string key)
    {
        for (var i = 0; i < block.Lines.Length; i++)
        {
            if (block.Lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                return block.FirstLine + i;
            }
        }
        return block.FirstLine - 1;
    }
}

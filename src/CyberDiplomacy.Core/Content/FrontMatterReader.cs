using CyberDiplomacy.Core.Content.Validation;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace CyberDiplomacy.Core.Content;

/// <summary>Splits a file into its YAML front matter and body, and reads the YAML into typed models.</summary>
public sealed class FrontMatterReader
{
    [ThreadStatic] private static IDeserializer? _deserializer;

    private static IDeserializer Deserializer => _deserializer ??= new DeserializerBuilder()
        .WithNamingConvention(FrontMatterKeys.Naming)
        .Build();

    public sealed record Block(string Yaml, string[] Lines, int FirstLine)
    {
        /// <summary>
        /// False when no <c>---</c> line ends the block; <see cref="Lines"/> then holds the lines up to where the body
        /// seems to start, and <see cref="Read{T}"/> reports the missing line there.
        /// </summary>
        public bool IsClosed { get; init; } = true;
    }

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
        // Unclosed: the front matter is the run of lines that read as YAML; the first that does not (a heading, a
        // paragraph) is where the body begins and the closing '---' was forgotten.
        var yamlLines = lines.TakeWhile(FrontMatterSyntax.LooksLikeYaml).ToList();
        while (yamlLines.Count > 0 && yamlLines[^1].Trim().Length == 0) yamlLines.RemoveAt(yamlLines.Count - 1);
        return new Block(string.Join('\n', yamlLines), yamlLines.ToArray(), 2) { IsClosed = false };
    }

    /// <summary>
    /// Deserializes the block, or returns a diagnostic at the file line and column of the mistake that says what is
    /// wrong and what to write instead, in an editor's words.
    /// </summary>
    public static T? Read<T>(Block block, string path, out ContentDiagnostic? error) where T : class
    {
        error = null;
        var problem = !block.IsClosed ? Unclosed(block)
            : FrontMatterSyntax.Check(block.Yaml, block.Lines) ?? FrontMatterShape.Check(block.Yaml, block.Lines, block.FirstLine - 1, typeof(T));
        if (problem is null)
        {
            try
            {
                // Empty front matter is a model with nothing set: the required-key checks then name what is missing.
                var model = Deserializer.Deserialize<T?>(block.Yaml) ?? Deserializer.Deserialize<T>("{}");
                FrontMatterEmptyValues.Fill(model);
                return model;
            }
            catch (YamlException ex)
            {
                // The shape walk above is meant to catch everything first; the library's message is for programmers.
                problem = new(ex.Start.Line, ex.Start.Column, "this value cannot be read; if it is text, put it in double quotes");
            }
        }
        error = ContentDiagnostic.Report(DiagnosticRules.FrontMatterSyntax, path, block.FirstLine + (int)problem.Line - 1, (int)problem.Column, "front matter: " + problem.Message);
        return null;
    }

    /// <summary>
    /// The file line and column of the <paramref name="index"/>-th item (0-based) of the block list under <c>key:</c>
    /// (<c>  - id: …</c>); the key's own line when the list is written inline or has fewer items.
    /// </summary>
    public static (int Line, int Column) PositionOfItem(Block block, string key, int index)
    {
        var keyLine = LineOf(block, key);
        var keyText = keyLine - block.FirstLine >= 0 && keyLine - block.FirstLine < block.Lines.Length ? block.Lines[keyLine - block.FirstLine] : "";
        if (keyText.IndexOf('[', StringComparison.Ordinal) is var open and >= 0)
        {
            // A flow list (key: [a, b, c]): the column of the index-th item on the key's line.
            var column = open + 1;
            for (var item = 0; item < index && column < keyText.Length; column++)
            {
                if (keyText[column] == ',') item++;
            }
            while (column < keyText.Length && keyText[column] == ' ') column++;
            return (keyLine, column + 1);
        }
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

    private static FrontMatterProblem Unclosed(Block block) =>
        new(block.Lines.Length + 1, 1, $"the '---' on line {block.FirstLine - 1} starts the front matter, but no '---' line ends it; " +
            "add a line with only '---' here, after the last key");

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

namespace CyberDiplomacy.Core.Content;

/// <summary>Bounds that keep pathological files from exhausting the parser.</summary>
public sealed record ContentLimits(int MaxFileBytes, int MaxNesting)
{
    public static ContentLimits Default { get; } = new(1_000_000, 32);

    public ContentDiagnostic? Check(string path, string text)
    {
        if (text.Length > MaxFileBytes)
        {
            return ContentDiagnostic.Error(path, 1, 1, $"file is {text.Length:N0} characters; the limit is {MaxFileBytes:N0}");
        }
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var depth = 0;
            foreach (var c in line)
            {
                if (c == '>') depth++;
                else if (c is not (' ' or '\t')) break;
            }
            if (depth > MaxNesting)
            {
                return ContentDiagnostic.Error(path, lineNumber, 1, $"block quotes nested {depth} deep; the limit is {MaxNesting}");
            }
            if (line.Length - line.TrimStart().Length > MaxNesting * 4)
            {
                return ContentDiagnostic.Error(path, lineNumber, 1, $"line indented {line.Length - line.TrimStart().Length} columns; lists nest at most {MaxNesting} deep");
            }
        }
        return null;
    }
}

namespace CyberDiplomacy.Core.Content;

/// <summary>
/// Bounds that keep pathological files from exhausting the parser. Markdig has its own nesting limit, but it throws
/// without a position and some of its inline parsers are quadratic in the length of a line (<c>[a](</c> repeated),
/// so these checks run first and name the line.
/// </summary>
/// <param name="MaxFileCharacters">The largest article is a few kilobytes; a hundred times that is a mistake, not an article.</param>
/// <param name="MaxLineLength">A long paragraph written on one line is about 1,500 characters; tables rows are shorter.</param>
/// <param name="MaxNesting">Block quotes and lists inside each other, on one line or by indentation.</param>
/// <param name="MaxInlineMarkers">
/// Opening brackets, and emphasis characters (<c>*</c>, <c>_</c>, <c>~</c>), each counted per paragraph outside code
/// fences: a paragraph with twenty links has twenty brackets, and Markdig's emphasis matching slows down sharply past a
/// few thousand delimiters.
/// </param>
public sealed record ContentLimits(int MaxFileCharacters, int MaxLineLength, int MaxNesting, int MaxInlineMarkers)
{
    public static ContentLimits Default { get; } = new(500_000, 5_000, 32, 1_000);

    public ContentDiagnostic? Check(string path, string text)
    {
        if (text.Length > MaxFileCharacters)
        {
            return ContentDiagnostic.Error(path, 1, 1, $"file is {text.Length:N0} characters; the limit is {MaxFileCharacters:N0}");
        }
        var lineNumber = 0;
        var inFence = false;
        var (brackets, emphasis) = (0, 0);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.Length > MaxLineLength)
            {
                return ContentDiagnostic.Error(path, lineNumber, 1,
                    $"line is {line.Length:N0} characters; the limit is {MaxLineLength:N0} (break the paragraph into shorter lines)");
            }
            var (indent, containers) = Measure(line);
            if (containers > MaxNesting)
            {
                return ContentDiagnostic.Error(path, lineNumber, 1, $"block quotes and lists nested {containers} deep on one line; the limit is {MaxNesting}");
            }
            if (indent > MaxNesting * 4)
            {
                return ContentDiagnostic.Error(path, lineNumber, 1, $"line indented {indent} columns; lists nest at most {MaxNesting} deep");
            }
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                inFence = !inFence;
                continue;
            }
            if (trimmed.IsEmpty)
            {
                (brackets, emphasis) = (0, 0);
                continue;
            }
            if (inFence) continue;
            brackets += line.Count('[');
            emphasis += line.Count('*') + line.Count('_') + line.Count('~');
            if (brackets > MaxInlineMarkers || emphasis > MaxInlineMarkers * 2)
            {
                var what = brackets > MaxInlineMarkers ? $"more than {MaxInlineMarkers:N0} '[' brackets" : $"more than {MaxInlineMarkers * 2:N0} emphasis characters (*, _, ~)";
                return ContentDiagnostic.Error(path, lineNumber, 1, $"paragraph has {what}; split it or put it in a code block");
            }
        }
        return null;
    }

    /// <summary>Leading indentation in columns (a tab counts as four) and the block quote and list markers that open the line.</summary>
    private static (int Indent, int Containers) Measure(ReadOnlySpan<char> line)
    {
        var indent = 0;
        var i = 0;
        for (; i < line.Length && line[i] is ' ' or '\t'; i++)
        {
            indent += line[i] == '\t' ? 4 : 1;
        }
        var containers = 0;
        while (i < line.Length)
        {
            var marker = MarkerLength(line[i..]);
            if (marker == 0) break;
            containers++;
            i += marker;
            while (i < line.Length && line[i] is ' ' or '\t') i++;
        }
        return (indent, containers);
    }

    /// <summary><c>&gt;</c>, or a list marker (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>) followed by a space.</summary>
    private static int MarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest[0] == '>') return 1;
        var length = 0;
        if (rest[0] is '-' or '*' or '+')
        {
            length = 1;
        }
        else
        {
            while (length < rest.Length && length < 9 && char.IsAsciiDigit(rest[length])) length++;
            if (length == 0 || length >= rest.Length || rest[length] is not ('.' or ')')) return 0;
            length++;
        }
        return length < rest.Length && rest[length] is ' ' or '\t' ? length : 0;
    }
}

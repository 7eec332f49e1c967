using System.Globalization;

namespace CyberDiplomacy.Core.Content.Validation;

/// <summary>
/// Bounds that keep pathological files from exhausting the parser. Markdig has its own nesting limit, but it throws
/// without a position, and some of its inline parsers slow down sharply with the number of delimiters in a paragraph
/// (<c>[a](</c> repeated, table pipes, emphasis), so these checks run first and name the line.
/// </summary>
/// <param name="MaxFileCharacters">The largest article is a few kilobytes; a hundred times that is a mistake, not an article.</param>
/// <param name="MaxLineLength">A long paragraph written on one line is about 1,500 characters; table rows are shorter.</param>
/// <param name="MaxNesting">Block quotes and lists inside each other, on one line or by indentation.</param>
/// <param name="MaxInlineMarkers">
/// Opening brackets, table pipes, and emphasis characters (<c>*</c>, <c>_</c>, <c>~</c>, twice as many allowed), each
/// counted per paragraph outside code fences: a paragraph with twenty links has twenty brackets, and the largest table
/// in content/ has under fifty pipes.
/// </param>
public sealed record ContentLimits(int MaxFileCharacters, int MaxLineLength, int MaxNesting, int MaxInlineMarkers)
{
    public static ContentLimits Default { get; } = new(500_000, 5_000, 32, 1_000);

    public ContentDiagnostic? Check(string path, string text)
    {
        if (text.Length > MaxFileCharacters)
        {
            return ContentDiagnostic.Report(DiagnosticRules.TooLarge, path, 1, 1, string.Create(CultureInfo.InvariantCulture, $"file is {text.Length:N0} characters; the limit is {MaxFileCharacters:N0}"));
        }
        var lineNumber = 0;
        var inFence = false;
        var (brackets, pipes, emphasis) = (0, 0, 0);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var trimmed = line.TrimStart();
            var isFence = trimmed.StartsWith("```") || trimmed.StartsWith("~~~");
            if (!inFence && !isFence)
            {
                // Nesting first: a line of 10,000 '>' is better explained as nesting than as a long line.
                var (indent, containers) = Measure(line);
                if (containers > MaxNesting)
                {
                    return ContentDiagnostic.Report(DiagnosticRules.TooLarge, path, lineNumber, 1, string.Create(CultureInfo.InvariantCulture, $"block quotes and lists nested {containers:N0} deep on one line; the limit is {MaxNesting}"));
                }
                if (indent > MaxNesting * 4L)
                {
                    return ContentDiagnostic.Report(DiagnosticRules.TooLarge, path, lineNumber, 1, string.Create(CultureInfo.InvariantCulture, $"line indented {indent:N0} columns; lists nest at most {MaxNesting} deep"));
                }
            }
            if (line.Length > MaxLineLength)
            {
                return ContentDiagnostic.Report(DiagnosticRules.TooLarge, path, lineNumber, 1,
                    string.Create(CultureInfo.InvariantCulture, $"line is {line.Length:N0} characters; the limit is {MaxLineLength:N0} (break the paragraph into shorter lines)"));
            }
            if (isFence)
            {
                inFence = !inFence;
                continue;
            }
            if (trimmed.IsEmpty)
            {
                (brackets, pipes, emphasis) = (0, 0, 0);
                continue;
            }
            if (inFence) continue;
            brackets += line.Count('[');
            pipes += line.Count('|');
            emphasis += line.Count('*') + line.Count('_') + line.Count('~');
            var excess = brackets > MaxInlineMarkers ? string.Create(CultureInfo.InvariantCulture, $"more than {MaxInlineMarkers:N0} '[' brackets")
                : pipes > MaxInlineMarkers ? string.Create(CultureInfo.InvariantCulture, $"more than {MaxInlineMarkers:N0} '|' table pipes")
                : emphasis > MaxInlineMarkers * 2L ? string.Create(CultureInfo.InvariantCulture, $"more than {MaxInlineMarkers * 2L:N0} emphasis characters (*, _, ~)")
                : null;
            if (excess is not null)
            {
                return ContentDiagnostic.Report(DiagnosticRules.TooLarge, path, lineNumber, 1, $"paragraph has {excess}; split it or put it in a code block");
            }
        }
        return null;
    }

    /// <summary>Leading indentation in columns (a tab counts as four) and the block quote and list markers that open the line.</summary>
    private static (long Indent, int Containers) Measure(ReadOnlySpan<char> line)
    {
        var indent = 0L;
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

using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace CyberDiplomacy.Core.Content;

/// <summary>
/// Finds why front matter is not valid YAML. The parser knows where it gave up, which is often a line or more after
/// the mistake and worded for YAML experts; so this looks at the text for what editors actually get wrong (a tab, an
/// unclosed quote or bracket, a ': ' inside a value, a value starting with a reserved character) and points at it.
/// </summary>
internal static partial class FrontMatterSyntax
{
    /// <summary>Null when the block parses as YAML; else the mistake.</summary>
    public static FrontMatterProblem? Check(string yaml, string[] lines)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
            }
            return null;
        }
        catch (YamlException ex)
        {
            return Explain(lines, ex.Start, ex.End);
        }
        catch (InvalidOperationException)
        {
            // How the parser fails on some '[' or '{' left open before the next key: no position, the text tells.
            return Explain(lines, null, null);
        }
    }

    private static FrontMatterProblem Explain(string[] lines, Mark? start, Mark? end)
    {
        var lastLine = (int)Math.Min(lines.Length, Math.Max(start?.Line ?? lines.Length, end?.Line ?? lines.Length));
        return TabIndentation(lines) ?? Unclosed(lines, lastLine) ?? IndentedFirstKey(lines) ?? StrayLine(lines, lastLine)
            ?? (start is { } mark ? AtMark(lines, mark) : null) ?? General(lines, start);
    }

    private static FrontMatterProblem? TabIndentation(string[] lines)
    {
        // The parser reports a tab at the start of the mapping it was reading, not on the tab's line.
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = Indentation().Match(lines[i]).Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indentation && indentation < lines[i].Length)
            {
                return new(i + 1, tab + 1, "a tab indents this line, and YAML indents with spaces only; replace the tab with spaces");
            }
        }
        return null;
    }

    private static FrontMatterProblem? Unclosed(string[] lines, int lastLine)
    {
        for (var i = 0; i < lastLine; i++)
        {
            // An opener at the very start of a line is a stray character before a key: StrayLine speaks of it.
            var column = ValueStart(lines[i]);
            if (column <= 0 || lines[i][column] is not ('"' or '\'' or '[' or '{')) continue;
            var closedOn = ClosingLine(lines, i, column);
            if (closedOn >= 0)
            {
                i = closedOn;
                continue;
            }
            var opener = lines[i][column];
            var of = KeyOf(lines[i]) is { } key ? $"the value of '{key}'" : "this value";
            var example = KeyOf(lines[i]) is { } k ? k + ": " : "- ";
            var rest = lines[i][column..];
            var message = opener switch
            {
                '[' => $"the '[' that starts {of} opens a list that is never closed; end the list with ']' on the same line " +
                       $"({example}[a, b]), or, if this is text, put it in double quotes ({example}{FrontMatterProblem.Quoted(rest)})",
                '{' => $"the '{{' that starts {of} is never closed; if this is text, put it in double quotes ({example}{FrontMatterProblem.Quoted(rest)})",
                '\'' => $"the ' that starts {of} is never closed; end the value with ' on the same line, and write '' for an apostrophe inside it",
                _ => $"the \" that starts {of} is never closed; end the value with \" on the same line ({example}\"…\")",
            };
            return new(i + 1, column + 1, message);
        }
        return null;
    }

    private static FrontMatterProblem? IndentedFirstKey(string[] lines)
    {
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || lines[first][0] != ' ' || KeyOf(lines[first]) is not { } key) return null;
        return new(first + 1, 1, $"'{key}' is indented, but the keys of the front matter start at the beginning of the line; remove the spaces before it");
    }

    /// <summary>A line that starts at the margin with neither a key nor '- ': a stray character, or text that is not YAML.</summary>
    private static FrontMatterProblem? StrayLine(string[] lines, int lastLine)
    {
        for (var i = 0; i < lastLine; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] is ' ' or '#' || LooksLikeYaml(line)) continue;
            return NoSpaceAfterColon(line, i + 1) ?? new(i + 1, 1, char.IsLetterOrDigit(line[0]) ? NotKeyValue
                : $"this line starts with '{line[0]}' before its key; remove it, since a line of the front matter starts with its key (for example title: …)");
        }
        return null;
    }

    /// <summary>The line where the quote or bracket opened at (line, column) closes, or -1; it may go on over indented lines.</summary>
    private static int ClosingLine(string[] lines, int line, int column)
    {
        var opener = lines[line][column];
        var depth = 0;
        char? quote = null;
        for (var i = line; i < lines.Length && (i == line || lines[i].Length == 0 || lines[i][0] == ' '); i++)
        {
            var text = lines[i];
            for (var j = i == line ? column : 0; j < text.Length; j++)
            {
                var c = text[j];
                if (quote is not null)
                {
                    if (quote == '"' && c == '\\') j++;
                    else if (c == quote && quote == '\'' && j + 1 < text.Length && text[j + 1] == '\'') j++;
                    else if (c == quote) quote = null;
                    if (quote is null && opener is '"' or '\'') return i;
                }
                else if (c is '"' or '\'' && (opener is '"' or '\'' || j == 0 || text[j - 1] is ' ' or '[' or '{' or ',')) quote = c;
                else if (c is '[' or '{') depth++;
                else if (c is ']' or '}' && --depth == 0) return i;
            }
        }
        return -1;
    }

    private static FrontMatterProblem? AtMark(string[] lines, Mark start)
    {
        var lineIndex = (int)start.Line - 1;
        var column = (int)start.Column - 1;
        if (lineIndex < 0 || lineIndex >= lines.Length) return null;
        var line = lines[lineIndex];
        var key = KeyOf(line);
        var valueStart = ValueStart(line);
        var value = valueStart >= 0 ? line[valueStart..] : "";
        var c = column < line.Length ? line[column] : '\0';
        if (c == ':' && IndentedKey().Match(line) is { Success: true } indented && indented.Groups["key"].Index + indented.Groups["key"].Length == column)
        {
            return new(start.Line, 1, $"'{indented.Groups["key"].Value}' is indented, so YAML reads it as more text of the line above; " +
                "start it in the same column as the keys beside it");
        }
        if (c == ':' && key is not null)
        {
            return new(start.Line, start.Column, $"the value of '{key}' contains ': ', which YAML reads as the start of another key; " +
                $"put the whole value in double quotes ({key}: {FrontMatterProblem.Quoted(value)})");
        }
        if (valueStart >= 0 && line[valueStart] is '"' or '\'' && ClosingLine(lines, lineIndex, valueStart) == lineIndex && column > valueStart)
        {
            var quote = line[valueStart];
            return new(start.Line, start.Column, $"{(key is null ? "this value" : $"the value of '{key}'")} goes on after its closing {quote}; " +
                "put the whole value inside one pair of quotes" + (quote == '\'' ? ", and write '' for an apostrophe inside '…'" : ""));
        }
        if (valueStart >= 0 && line[valueStart] is '[' && column > valueStart)
        {
            return new(start.Line, start.Column, $"the list of {(key is null ? "this line" : $"'{key}'")} cannot be read from here; write it as " +
                $"{(key is null ? "- " : key + ": ")}[a, b], and put an item in double quotes if it has a bracket, a comma, ': ' or ' #' in it, " +
                "or starts with a sign");
        }
        if (valueStart >= 0 && line[valueStart] is '@' or '`' or '%' or '!' or '&' or '*' or '|' or '>' or ']' or '}' or ',' && column >= valueStart)
        {
            // '*penting*' parses as a reference and fails at the text after it: point at the character that caused it.
            var first = line[valueStart];
            return new(start.Line, valueStart + 1, $"a value cannot start with '{first}' in YAML; put {(key is null ? "it" : $"the value of '{key}'")} " +
                $"in double quotes ({(key is null ? "- " : key + ": ")}{FrontMatterProblem.Quoted(value)})");
        }
        if (key is null && NoSpaceAfterColon(line, start.Line) is { } noSpace)
        {
            return noSpace;
        }
        if (line.StartsWith(' ') && key is not null)
        {
            return new(start.Line, 1, $"'{key}' does not line up with the keys beside it; indent the keys of one entry by the same number of spaces");
        }
        if (line.Trim().Length > 0 && !LooksLikeYaml(line))
        {
            return new(start.Line, 1, NotKeyValue);
        }
        return null;
    }

    private static FrontMatterProblem? NoSpaceAfterColon(string line, long lineNumber) =>
        NoSpace().Match(line) is { Success: true } match
            ? new(lineNumber, match.Groups["colon"].Index + 1, $"put a space after the ':' of '{match.Groups["key"].Value}' " +
                $"({match.Groups["key"].Value}: …); without it YAML does not read a key")
            : null;

    private const string NotKeyValue = "this line is not 'key: value'; each line of the front matter is a key, ': ' and its value, " +
        "a '- ' item under a list, or indented text that goes on from the line above";

    private static FrontMatterProblem General(string[] lines, Mark? start) =>
        new(start?.Line ?? 1, start?.Column ?? 1, "YAML cannot read the front matter here; check this line and the one above for " +
            "an unclosed quote or bracket, a ': ' inside a value (put such a value in double quotes), or indentation that differs " +
            "from the keys beside it");

    /// <summary>True for what a front matter line can be: blank, <c>key: …</c>, <c>- …</c> or indented continuation.</summary>
    public static bool LooksLikeYaml(string line) =>
        line.Trim().Length == 0 || line[0] is ' ' or '\t' || line.StartsWith("- ", StringComparison.Ordinal) || line == "-" || KeyLine().IsMatch(line);

    /// <summary>The key of a <c>key: value</c> line (after any <c>- </c> list markers), or null.</summary>
    public static string? KeyOf(string line) => KeyLine().Match(line) is { Success: true } match ? match.Groups["key"].Value : null;

    /// <summary>The index where the value of a line starts (after indentation, list markers and <c>key: </c>), or -1.</summary>
    private static int ValueStart(string line)
    {
        var match = KeyLine().Match(line);
        var position = match.Success ? match.Length : ListMarkers().Match(line).Length;
        while (position < line.Length && line[position] == ' ') position++;
        return position < line.Length ? position : -1;
    }

    [GeneratedRegex(@"^[ ]*(?:-[ ]+)*(?<key>[A-Za-z0-9_][A-Za-z0-9_.-]*)[ ]*:(?=[ ]|$)")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^[ ]*(?:-(?:[ ]+|$))*")]
    private static partial Regex ListMarkers();

    [GeneratedRegex(@"^[ ]*(?:-[ ]+)*(?<key>[A-Za-z][A-Za-z0-9_-]*)(?<colon>:)[^ :/]")]
    private static partial Regex NoSpace();

    /// <summary>Spaces, tabs and list dashes before the first text of a line.</summary>
    [GeneratedRegex(@"^[ \t]*(?:-[ \t]+)*")]
    private static partial Regex Indentation();

    [GeneratedRegex(@"^[ ]+(?<key>[A-Za-z0-9_][A-Za-z0-9_.-]*)[ ]*:(?=[ ]|$)")]
    private static partial Regex IndentedKey();
}

using Markdig.Helpers;
using Markdig.Parsers;

namespace CyberDiplomacy.Core.Content.Markdown.Citations;

/// <summary>
/// Reads <c>[@id]</c>, <c>[@id, locator]</c> and <c>[@a; @b]</c>. Anything else that starts with <c>[@</c> is left to
/// the link parser, so ordinary text is never swallowed.
/// </summary>
public sealed class CitationParser : InlineParser
{
    private const int MaxLength = 300;

    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@') return false;
        var start = slice.Start;
        var text = slice.Text;
        var end = -1;
        for (var i = start + 1; i <= slice.End && i - start < MaxLength; i++)
        {
            var c = text[i];
            if (c is '[' or '\n' or '\r') return false;
            if (c == ']')
            {
                end = i;
                break;
            }
        }
        if (end < 0) return false;
        var keys = ReadKeys(text.AsSpan(start + 1, end - start - 1));
        if (keys is null) return false;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            Keys = keys,
            Span = new Markdig.Syntax.SourceSpan(position, position + end - start),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }

    /// <summary>Parts separated by ';', each <c>@id</c> optionally followed by <c>, locator</c>.</summary>
    private static List<CitationKey>? ReadKeys(ReadOnlySpan<char> inner)
    {
        var keys = new List<CitationKey>();
        foreach (var range in inner.Split(';'))
        {
            var part = inner[range].Trim();
            if (part.Length < 2 || part[0] != '@') return null;
            var idLength = 1;
            while (idLength < part.Length && IsIdCharacter(part[idLength])) idLength++;
            if (idLength == 1) return null;
            var rest = part[idLength..].Trim();
            string? locator = null;
            if (rest.Length > 0)
            {
                if (rest[0] != ',') return null;
                locator = rest[1..].Trim().ToString();
                if (locator.Length == 0) return null;
            }
            keys.Add(new CitationKey(part[1..idLength].ToString(), locator));
        }
        return keys.Count == 0 ? null : keys;
    }

    public static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}

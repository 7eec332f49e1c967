using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CyberDiplomacy.Core.Content.Terminology;

/// <summary>
/// The running text of one paragraph, heading or table cell as the reader sees it, with, for each character, where it
/// stands in the file and whether the author's own wording is checked there. Not checked: inline code, text between
/// double quotes (<c>"…"</c>, <c>“…”</c>), the text of a link to an external URL; code blocks have no text here and
/// block quotes are skipped by <see cref="Of"/>.
/// </summary>
public sealed class ProseText
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];
    private readonly List<bool> _checked = [];
    private readonly string _source;
    private bool _quoted;

    private ProseText(string source) => _source = source;

    public string Text => _text.ToString();

    /// <summary>The file offset of character <paramref name="index"/>, or -1 when it is not written as such in the file.</summary>
    public int OffsetOf(int index) => _offsets[index];

    public bool IsChecked(int index) => _checked[index];

    /// <summary>Every block of the document whose words are checked, outside block quotes.</summary>
    public static IEnumerable<ProseText> Of(MarkdownDocument document, string source)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null || InQuote(block)) continue;
            var prose = new ProseText(source);
            prose.Append(block.Inline, external: false);
            yield return prose;
        }
    }

    private static bool InQuote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock) return true;
        }
        return false;
    }

    private void Append(ContainerInline container, bool external)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendLiteral(literal.Content.ToString(), literal.Span.Start, external);
                    break;
                case SmartyPant pant:
                    AppendQuoteMark(pant.Type);
                    break;
                case HtmlEntityInline entity:
                    AppendSynthetic(entity.Transcoded.ToString(), !external && !_quoted);
                    break;
                case LineBreakInline:
                    // A soft line break is a space in the running text: a phrase may continue on the next line.
                    AppendSynthetic(" ", !external && !_quoted);
                    break;
                case LinkInline link:
                    Append(link, external || IsExternal(link.Url));
                    break;
                case ContainerInline inner:
                    Append(inner, external);
                    break;
                default:
                    // Code, autolinks, citations, line breaks: a gap between words, never part of one.
                    AppendSynthetic(" ", false);
                    break;
            }
        }
    }

    private void AppendLiteral(string content, int start, bool external)
    {
        var at = Locate(content, start);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '“') _quoted = true;
            else if (c == '”') _quoted = false;
            else if (c == '"') _quoted = !_quoted;
            Add(c, at >= 0 ? at + i : -1, !external && !_quoted && c is not ('“' or '”' or '"'));
        }
    }

    /// <summary>
    /// Where the literal is written in the file, or -1 when it is not written there as it reads (an escape folded into
    /// it). Markdig's position is exact except in pipe table cells, where it can stand a character or two off.
    /// </summary>
    private int Locate(string content, int start)
    {
        if (start < 0 || content.Length == 0) return -1;
        if (start + content.Length <= _source.Length && string.CompareOrdinal(_source, start, content, 0, content.Length) == 0) return start;
        const int Slack = 4;
        var from = Math.Max(0, start - Slack);
        var length = Math.Min(_source.Length - from, content.Length + 2 * Slack);
        return length < content.Length ? -1 : _source.IndexOf(content, from, length, StringComparison.Ordinal);
    }

    private void AppendQuoteMark(SmartyPantType type)
    {
        switch (type)
        {
            case SmartyPantType.LeftDoubleQuote or SmartyPantType.LeftAngleQuote:
                _quoted = true;
                break;
            case SmartyPantType.RightDoubleQuote or SmartyPantType.RightAngleQuote:
                _quoted = false;
                break;
            case SmartyPantType.DoubleQuote:
                _quoted = !_quoted;
                break;
        }
        AppendSynthetic(" ", false);
    }

    private void AppendSynthetic(string text, bool isChecked)
    {
        foreach (var c in text) Add(c, -1, isChecked);
    }

    private void Add(char c, int offset, bool isChecked)
    {
        _text.Append(c);
        _offsets.Add(offset);
        _checked.Add(isChecked);
    }

    private static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal));
}

using CyberDiplomacy.Core.Content.Validation;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CyberDiplomacy.Core.Content.Markdown.Citations;

/// <summary>
/// Numbers a document's citations by the position of their source in <c>sources</c> and reports what does not add up:
/// an id no source has, a source never cited, and (for articles and documents) a paragraph that states a date or a
/// number without citing anything.
/// </summary>
public static class CitationResolver
{
    /// <param name="SourceIndex">For a problem with a source rather than a place in the text: its index in <c>sources</c>.</param>
    public sealed record Problem(int Line, int Column, DiagnosticRule Rule, string Message, int SourceIndex = -1);

    public static IReadOnlyList<Problem> Resolve(MarkdownDocument document, IReadOnlyList<SourceReference> sources, bool requireCitedFacts)
    {
        var problems = new List<Problem>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].Id is { Length: > 0 } id) numbers.TryAdd(id, i + 1);
        }
        var occurrences = new Dictionary<int, int>();
        foreach (var citation in document.Descendants<CitationInline>())
        {
            foreach (var key in citation.Keys)
            {
                if (numbers.TryGetValue(key.Id, out var number))
                {
                    key.Number = number;
                    key.Occurrence = occurrences[number] = occurrences.GetValueOrDefault(number) + 1;
                }
                else
                {
                    problems.Add(new Problem(citation.Line + 1, citation.Column + 1, DiagnosticRules.UnknownCitation,
                        $"citation '@{key.Id}' names no source: give one of the entries in 'sources' the id '{key.Id}'"));
                }
            }
        }
        for (var i = 0; i < sources.Count; i++)
        {
            if (!occurrences.ContainsKey(i + 1))
            {
                var name = sources[i].Id is { Length: > 0 } id ? $"'{id}'" : $"'{Shorten(sources[i].Title)}' (it has no id)";
                problems.Add(new Problem(0, 1, DiagnosticRules.UncitedSource, $"source {name} is never cited: cite it in the text as [@id] or remove it", i));
            }
        }
        if (requireCitedFacts) problems.AddRange(UncitedFacts(document));
        return problems;
    }

    /// <summary>Paragraphs (and tables, as one unit) that hold a digit but neither a citation nor a link to a primary document.</summary>
    private static IEnumerable<Problem> UncitedFacts(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is not ParagraphBlock paragraph || paragraph.Inline is null) continue;
            if (paragraph.Parent is TableCell || HasAncestor<Table>(paragraph)) continue;
            if (StatesFact(paragraph.Inline) && !IsCited(paragraph.Inline))
            {
                yield return new Problem(paragraph.Line + 1, paragraph.Column + 1, DiagnosticRules.UncitedFact,
                    "this paragraph states a date or a number but cites no source: add [@id] for the source that says it");
            }
        }
        foreach (var table in document.Descendants<Table>())
        {
            var inlines = table.Descendants<ParagraphBlock>().Where(p => p.Inline is not null).Select(p => p.Inline!).ToList();
            var before = table.Parent is { } parent && parent.IndexOf(table) is > 0 and var index ? parent[index - 1] as ParagraphBlock : null;
            if (inlines.Any(StatesFact) && !inlines.Any(IsCited) && !(before?.Inline is { } intro && IsCited(intro)))
            {
                yield return new Problem(table.Line + 1, table.Column + 1, DiagnosticRules.UncitedFact,
                    "this table states dates or numbers but cites no source: cite it in a cell or in the paragraph that introduces it");
            }
        }
    }

    private static bool HasAncestor<T>(Block block) where T : Block
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is T) return true;
        }
        return false;
    }

    private static bool StatesFact(ContainerInline inline) =>
        inline.Descendants<LiteralInline>().Any(l => !IsInsideLink(l) && l.Content.AsSpan().ContainsAnyInRange('0', '9'));

    private static bool IsInsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline) return true;
        }
        return false;
    }

    private static bool IsCited(ContainerInline inline) =>
        inline.Descendants<CitationInline>().Any()
        || inline.Descendants<LinkInline>().Any(l => l.Url is { } url && IsPrimaryDocumentLink(url));

    // A primary document's page is itself a citation: it names the instrument and links its official text.
    private static bool IsPrimaryDocumentLink(string url) =>
        url.StartsWith("/documents/", StringComparison.Ordinal) || (url.Contains("documents/", StringComparison.Ordinal) && url.Contains(".md", StringComparison.Ordinal));

    private static string Shorten(string title) => title.Length > 50 ? title[..50] + "…" : title;
}

using Markdig.Syntax.Inlines;

namespace CyberDiplomacy.Core.Content.Markdown.Citations;

/// <summary>One cited source inside a citation: <c>@gge2015, hlm. 7</c>.</summary>
public sealed class CitationKey(string id, string? locator)
{
    public string Id { get; } = id;
    public string? Locator { get; } = locator;
    /// <summary>The source's position in <c>sources</c> (1-based); 0 while unresolved or when no source has the id.</summary>
    public int Number { get; set; }
    /// <summary>Which citation of this source it is in the document (1 for the first), for unique anchors.</summary>
    public int Occurrence { get; set; }
}

/// <summary>A Pandoc-style citation, <c>[@gge2015]</c> or <c>[@a; @b, p. 7]</c>.</summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<CitationKey> Keys { get; init; }
}

using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Briefing;

/// <summary>
/// What a briefing pack holds, read from the store: the chosen articles in full, the primary documents they cite
/// (and those chosen or tagged), and every glossary term the text uses. The page and the EPUB are two renderings of it.
/// </summary>
public sealed record BriefingPack(
    BriefingSelection Selection,
    IReadOnlyList<PackArticle> Articles,
    IReadOnlyList<PackDocument> Documents,
    IReadOnlyList<PackTerm> Terms,
    int OmittedArticles)
{
    /// <summary>Articles, then documents: the chapters in reading order.</summary>
    public IEnumerable<PackText> Chapters => Articles.Select(a => a.Text).Concat(Documents.Select(d => d.Text));

    /// <summary>The languages of the chapters, the pack's own (Indonesian) first.</summary>
    public IReadOnlyList<string> Languages => Chapters.Select(c => c.Lang).Prepend("id").Distinct().ToList();

    public bool HasTerm(string slug) => Terms.Any(t => t.Slug == slug);

    /// <summary>When the newest of its texts changed: the EPUB's modification date, so the same content gives the same file.</summary>
    public DateTime? LastUpdated => Chapters.Max(c => c.Updated);
}

/// <summary>The part of an article or document that becomes a chapter: its stored HTML, headings and sources.</summary>
public sealed record PackText(DocumentKind Kind, string Slug, string Title, string Lang, DateTime? Updated, string Html,
    IReadOnlyList<HeadingEntry> Headings, IReadOnlyList<PackSource> Sources)
{
    public string Anchor => PackAnchors.Chapter(Kind, Slug);
    public string Url => SiteUrls.For(Kind, Slug);

    /// <summary>Level-2 headings with an id: what the pack's table of contents lists under the chapter.</summary>
    public IEnumerable<HeadingEntry> Sections => Headings.Where(h => h.Level == 2 && h.Id.Length > 0);
}

public sealed record PackArticle(PackText Text, string Summary, IReadOnlyList<string> Tags);

public sealed record PackDocument(PackText Text, string? Symbol, string InstrumentKind, string IssuedBy, string Adopted,
    string? InForce, string? OfficialUrl, IReadOnlyList<string> CitedBy);

/// <summary>An entry of the glossary appendix.</summary>
public sealed record PackTerm(string Slug, string Term, string English, string? Abbreviation, string Definition);

/// <summary>A source as the pack lists it; <see cref="Cited"/> when the text has a citation the entry can link back to.</summary>
public sealed record PackSource(int Number, string Title, string? Url, string? Publisher, string? Date, bool Primary, bool Cited);

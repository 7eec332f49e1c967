using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown.Citations;

namespace CyberDiplomacy.Core.Briefing;

/// <summary>
/// The ids of a briefing pack. Each article and document is a chapter (<c>article-diplomasi</c>,
/// <c>document-gge-2015</c>); the ids its own HTML carries are prefixed with the chapter and <c>--</c>
/// (<c>article-diplomasi--pengertian</c>, <c>article-diplomasi--source-1</c>), which no slug contains, so two
/// chapters never share an id and no chapter id meets a section's.
/// </summary>
public static class PackAnchors
{
    public const string Cover = "briefing-title";
    public const string Contents = "contents";
    public const string Articles = "articles";
    public const string Documents = "documents";
    public const string Glossary = "glossary";
    public const string Sources = "sources";

    public static string Chapter(DocumentKind kind, string slug) => (kind == DocumentKind.Document ? "document-" : "article-") + slug;

    public static string Within(string chapter, string localId) => chapter + "--" + localId;

    public static string Source(string chapter, int number) => Within(chapter, CitationAnchors.Source(number));

    public static string FirstCitation(string chapter, int number) => Within(chapter, CitationAnchors.Citation(number, 1));

    /// <summary>A chapter's part of the source list.</summary>
    public static string SourcesOf(string chapter) => "sources-" + chapter;

    /// <summary>A term's entry in the glossary appendix.</summary>
    public static string Term(string slug) => "glossary-" + slug;

    /// <summary>A term's definition: the id article pages use too, so term links' <c>aria-describedby</c> and tooltips find it.</summary>
    public static string TermDefinition(string slug) => "term-def-" + slug;
}

/// <summary>
/// Where each part of a pack is: all on one page (every location is empty, links are <c>#id</c>), or one file per
/// chapter in an EPUB (<c>article-diplomasi.xhtml#id</c>).
/// </summary>
public sealed record PackLocations(Func<string, string> ChapterFile, string GlossaryFile, string SourcesFile)
{
    public static PackLocations OnePage { get; } = new(_ => "", "", "");
}

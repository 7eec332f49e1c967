namespace CyberDiplomacy.Core.Content;

/// <param name="Start">Where the heading begins in the document's plain text, and <paramref name="BodyStart"/> where the
/// text under it begins (what <see cref="DocumentSections"/> cuts sections from); -1 when not known.</param>
public sealed record HeadingEntry(int Level, string Id, string Text, int Start = -1, int BodyStart = -1);

/// <summary>
/// The part of a document under one heading, as offsets into its plain text: the heading runs from
/// <paramref name="Start"/> to <paramref name="BodyStart"/>, the text under it to <paramref name="End"/> (the next
/// heading of any level, so sections never overlap and a passage is the paragraph or two a reader lands on).
/// Search keeps these with the article and links a hit's matching passages to <c>#</c><paramref name="Anchor"/>.
/// </summary>
public sealed record DocumentSection(string Anchor, string Title, int Start, int BodyStart, int End);

/// <summary>A link found in a document body; <see cref="TargetSlug"/> is set when it points at another document.</summary>
public sealed record DocumentLink(int Line, int Column, string Url, DocumentKind? TargetKind, string? TargetSlug);

/// <summary>One Markdown file, parsed and rendered: everything the store and the index need.</summary>
public sealed class ContentDocument
{
    public required DocumentKind Kind { get; init; }
    public required string Slug { get; init; }
    /// <summary>Path relative to the content folder, with forward slashes (<c>articles/diplomasi.md</c>).</summary>
    public required string RelativePath { get; init; }
    public required string ContentHash { get; init; }
    public required string Title { get; init; }
    public string Lang { get; init; } = "id";
    public string Summary { get; init; } = "";
    public string Html { get; init; } = "";
    public string PlainText { get; init; } = "";
    public int WordCount { get; init; }
    public IReadOnlyList<HeadingEntry> Headings { get; init; } = [];
    /// <summary>Articles and primary documents: the text under each heading, for passages in search.</summary>
    public IReadOnlyList<DocumentSection> Sections { get; init; } = [];
    /// <summary>Links written in the text (not the glossary auto-links): validated, stored, shown as backlinks.</summary>
    public IReadOnlyList<DocumentLink> Links { get; init; } = [];
    /// <summary>Glossary terms the text uses, linked by hand or automatically, in order of first use.</summary>
    public IReadOnlyList<string> TermsUsed { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<SourceReference> Sources { get; init; } = [];
    public string? Translation { get; init; }
    public DateTime? Updated { get; init; }
    /// <summary>When the facts were last checked (<c>reviewed:</c>).</summary>
    public DateOnly? Reviewed { get; init; }
    public IReadOnlyList<TimelineEvent> Events { get; init; } = [];
    public bool Featured { get; init; }
    /// <summary>File line of each front matter key, for diagnostics raised after parsing.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    // Topics and reading paths only.
    public Wayfinding? Wayfinding { get; init; }

    // Primary documents only.
    public Instrument? Instrument { get; init; }

    // Glossary terms only.
    public string? English { get; init; }
    public string? Abbreviation { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public string DefinitionHtml { get; init; } = "";
    public string DefinitionText { get; init; } = "";
    /// <summary>Spellings articles should not use for this term (<c>avoid:</c>).</summary>
    public IReadOnlyList<string> Avoid { get; init; } = [];
    /// <summary><c>case: exact</c>: its names must be written with exactly their capitalisation.</summary>
    public bool CaseExact { get; init; }

    public string Url => SiteUrls.For(Kind, Slug);
}

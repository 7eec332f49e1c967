using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Store;

/// <summary>A stored article or glossary term (one table, discriminated by <see cref="Kind"/>).</summary>
public abstract class StoredDocument
{
    public int Id { get; set; }
    public DocumentKind Kind { get; set; }
    public string Slug { get; set; } = "";
    public string RelativePath { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Lang { get; set; } = "id";
    public string Html { get; set; } = "";
    public string PlainText { get; set; } = "";
    public int WordCount { get; set; }
    public List<HeadingEntry> Headings { get; set; } = [];
    public DateTime? Updated { get; set; }
    /// <summary>When the facts were last checked (front matter <c>reviewed</c>).</summary>
    public DateOnly? Reviewed { get; set; }
    /// <summary>Where <see cref="Updated"/> came from: front-matter, git or file.</summary>
    public string UpdatedSource { get; set; } = "file";
    public DateTime IngestedAt { get; set; }
    /// <summary>Size and modification time of the file when it was read: an ingest re-reads only files whose stamp moved.</summary>
    public long FileLength { get; set; }
    public long FileModifiedTicks { get; set; }
    public List<DocumentTag> Tags { get; set; } = [];
    public List<DocumentSource> Sources { get; set; } = [];
    public List<StoredLink> Links { get; set; } = [];
    public List<StoredEvent> Events { get; set; } = [];

    public string Url => SiteUrls.For(Kind, Slug);
}

public sealed class Article : StoredDocument
{
    public string? Translation { get; set; }
    /// <summary>Glossary terms the article uses, in order of first use: one JSON column instead of a row per auto-link.</summary>
    public List<string> TermsUsed { get; set; } = [];
    public bool Featured { get; set; }
}

public sealed class GlossaryTerm : StoredDocument
{
    public string English { get; set; } = "";
    public string? Abbreviation { get; set; }
    public string DefinitionHtml { get; set; } = "";
    public string DefinitionText { get; set; } = "";
    public List<string> Related { get; set; } = [];
    public List<TermAlias> Aliases { get; set; } = [];
}

/// <summary>A primary document: an instrument (resolution, report, treaty, law…) with its dates and Indonesia's relation to it.</summary>
public sealed class PrimaryDocument : StoredDocument
{
    public string? Symbol { get; set; }
    /// <summary>resolution, report, treaty, protocol, law, regulation, strategy, declaration or manual.</summary>
    public string InstrumentKind { get; set; } = "";
    /// <summary>Who adopted or issued it.</summary>
    public string IssuedBy { get; set; } = "";
    /// <summary>As written: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public string Adopted { get; set; } = "";
    /// <summary>The earliest day <see cref="Adopted"/> can mean: what lists sort and filter by.</summary>
    public DateOnly AdoptedSort { get; set; }
    public string? InForce { get; set; }
    public string? OfficialUrl { get; set; }
    public string Track { get; set; } = "";
    public string? IndonesiaStatus { get; set; }
    public string? IndonesiaDate { get; set; }
    public string? IndonesiaNote { get; set; }
    /// <summary>Citation id of the source that confirms the status.</summary>
    public string? IndonesiaSource { get; set; }
}

/// <summary>A topic: its introduction (Html) and its articles in reading order.</summary>
public sealed class Topic : StoredDocument
{
    /// <summary>Place among topics (front matter <c>order</c>).</summary>
    public int TopicOrder { get; set; }
    public List<MemberRef> Members { get; set; } = [];
}

/// <summary>A reading path: its steps (articles) in order, each with why it comes there.</summary>
public sealed class ReadingPath : StoredDocument
{
    public List<MemberRef> Members { get; set; } = [];
    public List<string> StepNotes { get; set; } = [];
}

/// <summary>A dated event an article or document lists for the timeline.</summary>
public sealed class StoredEvent
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public StoredDocument? Document { get; set; }
    /// <summary>As written: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public string Date { get; set; } = "";
    public DateOnly SortDate { get; set; }
    public string Title { get; set; } = "";
    public string Track { get; set; } = "";
    public string? Anchor { get; set; }
}

public sealed class TermAlias
{
    public int Id { get; set; }
    public int TermId { get; set; }
    public string Alias { get; set; } = "";
}

public sealed class DocumentTag
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public StoredDocument? Document { get; set; }
    public string Tag { get; set; } = "";
}

public sealed class DocumentSource
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int Position { get; set; }
    /// <summary>The id the text cites it by (<c>[@id]</c>).</summary>
    public string? CitationId { get; set; }
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Publisher { get; set; }
    /// <summary>Publication date as written: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string? Date { get; set; }
    public bool Primary { get; set; }
}

/// <summary>A link from a document's body: to another document (backlinks) or elsewhere.</summary>
public sealed class StoredLink
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public StoredDocument? Document { get; set; }
    public DocumentKind? TargetKind { get; set; }
    public string? TargetSlug { get; set; }
    public string Url { get; set; } = "";
    public int Line { get; set; }
    public int Column { get; set; }
}

/// <summary>Key/value facts about the last build (glossary fingerprint, content version).</summary>
public sealed class BuildState
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

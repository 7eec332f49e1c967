using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Store;

/// <summary>A link to a document as lists and cards show it.</summary>
public sealed record DocumentCard(DocumentKind Kind, string Slug, string Title, string Summary, string Url, string Lang, DateTime? Updated);

public sealed record TermUse(string Slug, string Term, string Definition, string Url);

/// <summary>An article that uses a term, with the sentence where it does (the term page's concordance).</summary>
public sealed record TermOccurrence(DocumentCard Article, string Sentence);

public sealed record ArticlePage(
    Article Article,
    IReadOnlyList<DocumentCard> Backlinks,
    IReadOnlyList<TermUse> Terms,
    DocumentCard? Translation,
    DocumentCard? Previous,
    DocumentCard? Next,
    TopicTrail? Trail,
    PathPosition? OnPath);

public sealed record TermPage(
    GlossaryTerm Term,
    IReadOnlyList<TermUse> Related,
    IReadOnlyList<TermOccurrence> UsedIn);

public sealed record TagCount(string Tag, int Count);

public sealed record StoreStats(int Articles, int Terms, int Links, int Tags, DateTime? LastBuild);

namespace CyberDiplomacy.Core.Store;

/// <summary>A topic as the topic list and the article pages name it.</summary>
public sealed record TopicCard(string Slug, string Title, string Summary, string Url, int ArticleCount, DateTime? Updated);

/// <summary>An article in a reading order: the card, how long it takes to read, and its English version if any.</summary>
public sealed record ReadingItem(DocumentCard Article, int ReadingMinutes, DocumentCard? Translation);

/// <summary>A glossary term a topic's articles use, with how many of them do.</summary>
public sealed record KeyTerm(string Slug, string Term, string Definition, string Url, int ArticleCount);

/// <summary>A primary document a topic's articles cite, with how many of them do.</summary>
public sealed record KeyDocument(string Slug, string Title, string? Symbol, string Adopted, string Url, int ArticleCount);

/// <summary>A dated entry for a topic's "latest" list: an article's event or a cited document's adoption.</summary>
public sealed record TopicTimelineEntry(string Date, DateOnly SortDate, string Title, string Url, bool IsDocument);

/// <summary>Everything a topic hub shows.</summary>
public sealed record TopicHub(
    Topic Topic,
    IReadOnlyList<ReadingItem> Articles,
    IReadOnlyList<KeyTerm> Terms,
    IReadOnlyList<KeyDocument> Documents,
    IReadOnlyList<TopicTimelineEntry> Latest);

/// <summary>An article's place in its topic: the topic and its articles in reading order, in the article's language where one exists.</summary>
public sealed record TopicTrail(TopicCard Topic, IReadOnlyList<DocumentCard> Articles, int Position)
{
    public DocumentCard? Previous => Position > 0 ? Articles[Position - 1] : null;
    public DocumentCard? Next => Position >= 0 && Position < Articles.Count - 1 ? Articles[Position + 1] : null;
}

/// <summary>A topic's articles for the grouped article list; a null topic holds the articles in none.</summary>
public sealed record TopicGroup(TopicCard? Topic, IReadOnlyList<DocumentCard> Articles);

/// <summary>One step of a reading path: its number, the article (linked on the path), reading time and why it comes there.</summary>
public sealed record PathStepItem(int Number, DocumentCard Article, int ReadingMinutes, string Why);

/// <summary>A reading path as the home page shows it.</summary>
public sealed record ReadingPathView(string Slug, string Title, string Summary, IReadOnlyList<PathStepItem> Steps);

/// <summary>Where an article stands on the reading path it was opened from ("Langkah 3 dari 8"); links stay on the path.</summary>
public sealed record PathPosition(string PathSlug, string PathTitle, int Number, int Count, DocumentCard? Previous, DocumentCard? Next);

public static class ReadingTime
{
    /// <summary>Minutes at 200 words a minute, at least one.</summary>
    public static int Minutes(int wordCount) => Math.Max(1, (int)Math.Round(wordCount / 200.0));
}

namespace CyberDiplomacy.Core.Content;

/// <summary>The kinds of content: articles, glossary terms and primary documents (instruments: resolutions, laws…).</summary>
public enum DocumentKind
{
    Article,
    Term,
    Document,
    /// <summary>A topic: an introduction and an ordered list of articles (way-finding; not in the search index).</summary>
    Topic,
    /// <summary>A reading path across topics, with a line on why each step comes there (not in the search index).</summary>
    ReadingPath,
}

public static class DocumentKinds
{
    /// <summary>The word used in URLs, the index and the API (<c>article</c>, <c>term</c>, <c>document</c>).</summary>
    public static string ToApiName(this DocumentKind kind) => kind switch
    {
        DocumentKind.Article => "article",
        DocumentKind.Term => "term",
        DocumentKind.Topic => "topic",
        DocumentKind.ReadingPath => "path",
        _ => "document",
    };

    /// <summary>Kinds readers search: articles, terms and primary documents (topics and paths are way-finding pages).</summary>
    public static bool IsSearchable(this DocumentKind kind) => kind is DocumentKind.Article or DocumentKind.Term or DocumentKind.Document;

    public static bool TryParseApiName(string? value, out DocumentKind kind)
    {
        switch (value)
        {
            case "article": kind = DocumentKind.Article; return true;
            case "term": kind = DocumentKind.Term; return true;
            case "document": kind = DocumentKind.Document; return true;
            default: kind = default; return false;
        }
    }
}

namespace CyberDiplomacy.Core.Content;

/// <summary>The kinds of content: articles, glossary terms and primary documents (instruments: resolutions, laws…).</summary>
public enum DocumentKind
{
    Article,
    Term,
    Document,
}

public static class DocumentKinds
{
    /// <summary>The word used in URLs, the index and the API (<c>article</c>, <c>term</c>, <c>document</c>).</summary>
    public static string ToApiName(this DocumentKind kind) => kind switch
    {
        DocumentKind.Article => "article",
        DocumentKind.Term => "term",
        _ => "document",
    };

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

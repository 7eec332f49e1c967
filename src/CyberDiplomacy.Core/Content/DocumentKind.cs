namespace CyberDiplomacy.Core.Content;

public enum DocumentKind
{
    Article,
    Term,
}

public static class DocumentKinds
{
    /// <summary>The word used in URLs, the index and the API (<c>article</c>, <c>term</c>).</summary>
    public static string ToApiName(this DocumentKind kind) => kind == DocumentKind.Article ? "article" : "term";

    public static bool TryParseApiName(string? value, out DocumentKind kind)
    {
        switch (value)
        {
            case "article": kind = DocumentKind.Article; return true;
            case "term": kind = DocumentKind.Term; return true;
            default: kind = default; return false;
        }
    }
}

using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Briefing;

/// <summary>
/// What a reader asked to take away: a tag's articles, named articles, named documents, or any mix
/// (<c>?tag=norma&amp;articles=diplomasi,uu-pdp&amp;documents=gge-2015</c>). Lists are comma-separated and may repeat the parameter.
/// </summary>
public sealed record BriefingSelection(string? Tag, IReadOnlyList<string> Articles, IReadOnlyList<string> Documents)
{
    /// <summary>
    /// More articles than this make a pack nobody prints (and a page that takes long to render): named articles past
    /// it are refused, a tag's are cut at it with a notice.
    /// </summary>
    public const int MaxArticles = 30;
    public const int MaxDocuments = 60;

    public bool IsEmpty => Tag is null && Articles.Count == 0 && Documents.Count == 0;

    /// <summary>Reads the query's values; a malformed slug can name nothing, so it is returned as not found.</summary>
    public static BriefingSelection Parse(string? tag, IEnumerable<string?> articles, IEnumerable<string?> documents,
        out IReadOnlyList<string> malformed)
    {
        var bad = new List<string>();
        var cleanTag = string.IsNullOrWhiteSpace(tag) ? null : tag.Trim();
        if (cleanTag is not null && !SiteUrls.IsValidSlug(cleanTag))
        {
            bad.Add(cleanTag);
            cleanTag = null;
        }
        var selection = new BriefingSelection(cleanTag, Slugs(articles, bad), Slugs(documents, bad));
        malformed = bad;
        return selection;
    }

    /// <summary>The query string that asks for this pack again (for the EPUB link and the canonical URL), without "?".</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Tag is not null) parts.Add("tag=" + Uri.EscapeDataString(Tag));
        if (Articles.Count > 0) parts.Add("articles=" + string.Join(',', Articles));
        if (Documents.Count > 0) parts.Add("documents=" + string.Join(',', Documents));
        return string.Join('&', parts);
    }

    /// <summary>A download's file name that says what is in it: <c>paket-briefing-norma.epub</c>.</summary>
    public string FileName(string extension)
    {
        var subject = Tag ?? (Articles.Count + Documents.Count == 1 ? Articles.Concat(Documents).Single() : null);
        return "paket-briefing" + (subject is null ? "" : "-" + subject) + "." + extension;
    }

    private static List<string> Slugs(IEnumerable<string?> values, List<string> malformed)
    {
        var slugs = new List<string>();
        foreach (var value in values)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!SiteUrls.IsValidSlug(part)) malformed.Add(part.Length > 100 ? part[..100] + "…" : part);
                else if (!slugs.Contains(part)) slugs.Add(part);
            }
        }
        return slugs;
    }
}

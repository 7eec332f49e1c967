using CyberDiplomacy.Core.Content.Validation;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>
/// Walks a parsed document once: turns relative links to <c>.md</c> files into site URLs, records every link for
/// validation and backlinks, and unwraps links whose scheme is not allowed.
/// </summary>
public static class DocumentLinkRewriter
{
    public sealed record Result(IReadOnlyList<DocumentLink> Links, IReadOnlyList<ContentDiagnostic> Diagnostics);

    /// <param name="relativePath">The file's path relative to the content folder, e.g. <c>articles/en/cybercrime.md</c>.</param>
    public static Result Rewrite(MarkdownDocument document, string relativePath)
    {
        var links = new List<DocumentLink>();
        var diagnostics = new List<ContentDiagnostic>();
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link:
                    HandleLink(link, relativePath, links, diagnostics);
                    break;
                case AutolinkInline autolink when !UrlSafety.IsSafe(autolink.Url):
                    diagnostics.Add(UnsafeUrl(relativePath, autolink, autolink.Url));
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }
        return new Result(links, diagnostics);
    }

    private static void HandleLink(LinkInline link, string relativePath, List<DocumentLink> links, List<ContentDiagnostic> diagnostics)
    {
        var url = link.Url ?? "";
        if (!UrlSafety.IsSafe(url))
        {
            diagnostics.Add(UnsafeUrl(relativePath, link, url));
            Unwrap(link);
            return;
        }
        if (link.IsImage)
        {
            links.Add(new DocumentLink(link.Line + 1, link.Column + 1, url, null, null));
            return;
        }
        if (!TryResolveDocumentLink(url, relativePath, out var kind, out var slug, out var fragment))
        {
            links.Add(new DocumentLink(link.Line + 1, link.Column + 1, url, null, null));
            return;
        }
        link.Url = SiteUrls.For(kind, slug) + fragment;
        links.Add(new DocumentLink(link.Line + 1, link.Column + 1, url, kind, slug));
    }

    /// <summary>Resolves <c>../glossary/bssn.md#x</c> style links relative to the linking file.</summary>
    public static bool TryResolveDocumentLink(string url, string relativePath, out DocumentKind kind, out string slug, out string fragment)
    {
        kind = default;
        slug = "";
        fragment = "";
        if (url.Length == 0 || url.Contains(':') || url.StartsWith('/') || url.StartsWith('#'))
        {
            return false;
        }
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        fragment = hash >= 0 ? url[hash..] : "";
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var baseDir = relativePath.Contains('/') ? relativePath[..relativePath.LastIndexOf('/')] : "";
        var segments = new List<string>(baseDir.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in Uri.UnescapeDataString(path).Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (segments.Count == 0) return false;
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(part);
        }
        if (ContentPaths.Locate(string.Join('/', segments)) is not { } location) return false;
        (kind, slug) = (location.Kind, location.Slug);
        return true;
    }

    private static ContentDiagnostic UnsafeUrl(string path, Inline inline, string url) =>
        ContentDiagnostic.Report(DiagnosticRules.UnsafeLink, path, inline.Line + 1, inline.Column + 1,
            $"link URL '{Truncate(url)}' uses a scheme that is not allowed (only http, https, mailto and relative links)");

    private static string Truncate(string value) => value.Length > 60 ? value[..60] + "…" : value;

    /// <summary>Replaces a link by its text so no URL reaches the page.</summary>
    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }
}

namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>What a page tells the layout about itself: title, description, canonical path and language alternates.</summary>
public sealed class PageMetadata
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>Path of the canonical URL, e.g. <c>/articles/diplomasi</c>.</summary>
    public string? CanonicalPath { get; set; }
    /// <summary>Language of the main content when it differs from the UI (an English article in the Indonesian UI).</summary>
    public string? ContentLang { get; set; }
    public string OpenGraphType { get; set; } = "website";
    public bool NoIndex { get; set; }
    public DateTime? Updated { get; set; }
    /// <summary>How <see cref="Updated"/> was found: front-matter, git, or a file time (and why).</summary>
    public string? UpdatedSource { get; set; }
    public List<(string Lang, string Path)> Alternates { get; } = [];
    public List<(string Label, string? Path)> Breadcrumbs { get; } = [];
}

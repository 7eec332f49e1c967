using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages.Articles;

[CachedPage]
public sealed class IndexModel(KnowledgeBaseReader reader, WayfindingReader wayfinding, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string AlphabeticalView = "az";

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true, Name = "lang")]
    public string? Lang { get; set; }

    public bool Alphabetical => View == AlphabeticalView;

    /// <summary>The language shown (id or en), or null for both; any other value is ignored.</summary>
    public string? Language => Lang is "id" or "en" ? Lang : null;

    /// <summary>The default view: articles grouped by topic, each group in reading order.</summary>
    public IReadOnlyList<TopicGroup> Groups { get; private set; } = [];

    public IReadOnlyList<DocumentCard> Indonesian { get; private set; } = [];
    public IReadOnlyList<DocumentCard> English { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Alphabetical)
        {
            var all = await reader.ListArticlesAsync(Language, cancellationToken);
            Indonesian = all.Where(a => a.Lang == "id").ToList();
            English = all.Where(a => a.Lang == "en").ToList();
        }
        else
        {
            Groups = await wayfinding.ArticlesByTopicAsync(Language, cancellationToken);
        }
        meta.Title = text["Articles.Title"];
        meta.Description = text["Articles.Description"];
        meta.CanonicalPath = SiteUrls.Articles;
        meta.Breadcrumbs.Add((text["Nav.Articles"], null));
    }

    /// <summary>This list in another view or language, keeping the other choice.</summary>
    public string ListUrl(bool alphabetical, string? lang)
    {
        var query = new List<string>();
        if (alphabetical) query.Add("view=" + AlphabeticalView);
        if (lang is not null) query.Add("lang=" + lang);
        return SiteUrls.Articles + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}

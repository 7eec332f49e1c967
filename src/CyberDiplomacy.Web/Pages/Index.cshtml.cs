using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CyberDiplomacy.Web.Pages;

[CachedPage]
public sealed class IndexModel(KnowledgeBaseReader reader, DocumentsReader documents, WayfindingReader wayfinding, PageMetadata meta) : PageModel
{
    private static readonly string[] HighlightedTerms = ["diplomasi-siber", "norma", "cbm", "uji-tuntas", "atribusi", "ransomware", "kedaulatan-siber", "bssn"];

    /// <summary>"Mulai di sini": the reading path for newcomers, when the content has one.</summary>
    public ReadingPathView? BeginnersPath { get; private set; }
    public IReadOnlyList<DocumentCard> Featured { get; private set; } = [];
    public IReadOnlyList<DocumentCard> Recent { get; private set; } = [];
    public IReadOnlyList<GlossaryTerm> Terms { get; private set; } = [];
    public IReadOnlyList<TagCount> Tags { get; private set; } = [];
    public int ArticleCount { get; private set; }
    public int TermCount { get; private set; }
    public int DocumentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var lang = UiLanguage.Current;
        BeginnersPath = await wayfinding.GetPathAsync(WayfindingReader.BeginnersPath, cancellationToken);
        Featured = (await reader.FeaturedAsync(cancellationToken)).Where(a => a.Lang == "id").ToList();
        Recent = (await reader.RecentlyUpdatedAsync(12, cancellationToken)).Where(a => a.Lang == lang || lang == "id").Take(6).ToList();
        var terms = await reader.ListTermsAsync(cancellationToken);
        TermCount = terms.Count;
        Terms = HighlightedTerms.Select(slug => terms.FirstOrDefault(t => t.Slug == slug)).OfType<GlossaryTerm>().ToList();
        if (Terms.Count == 0) Terms = terms.Take(8).ToList();
        Tags = await reader.TagsAsync(cancellationToken);
        ArticleCount = await reader.CountArticlesAsync(cancellationToken);
        DocumentCount = await documents.CountAsync(cancellationToken);
        meta.CanonicalPath = "/";
    }
}

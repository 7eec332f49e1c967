using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages.Glossary;

[OutputCache(PolicyName = PageCache.PolicyName)]
public sealed class IndexModel(KnowledgeBaseReader reader, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<IGrouping<char, GlossaryTerm>> Letters { get; private set; } = [];
    public int Count { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var terms = await reader.ListTermsAsync(cancellationToken);
        Count = terms.Count;
        Letters = terms.OrderBy(t => t.Title, StringComparer.OrdinalIgnoreCase)
            .GroupBy(t => char.ToUpperInvariant(t.Title.FirstOrDefault(char.IsLetterOrDigit)))
            .OrderBy(g => g.Key)
            .ToList();
        meta.Title = text["Glossary.Title"];
        meta.Description = text["Glossary.Description"];
        meta.CanonicalPath = "/glossary";
        meta.Breadcrumbs.Add((text["Nav.Glossary"], null));
    }
}

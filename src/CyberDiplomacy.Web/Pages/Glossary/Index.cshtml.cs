using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages.Glossary;

[CachedPage]
public sealed class IndexModel(KnowledgeBaseReader reader, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<IGrouping<char, GlossaryTerm>> Letters { get; private set; } = [];
    public int Count { get; private set; }

    /// <summary><c>?q=</c>: the filter as submitted without JavaScript; terms that do not match are rendered hidden.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query);

    /// <summary>How many terms the filter leaves shown.</summary>
    public int Shown { get; private set; }

    /// <summary>What the filter matches, lowercased: name, English, abbreviation and aliases (site.js reads it too).</summary>
    public static string FilterText(GlossaryTerm term) =>
        string.Join(' ', new[] { term.Title, term.English, term.Abbreviation }.Concat(term.Aliases.Select(a => a.Alias))).ToLowerInvariant();

    public bool Matches(GlossaryTerm term) =>
        !IsFiltered || FilterText(term).Contains(Query!.Trim().ToLowerInvariant(), StringComparison.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var terms = await reader.ListTermsAsync(cancellationToken);
        Count = terms.Count;
        Shown = terms.Count(Matches);
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

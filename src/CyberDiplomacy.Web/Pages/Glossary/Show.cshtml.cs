using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Web.Pages.Glossary;

[CachedPage]
public sealed class ShowModel(KnowledgeBaseReader reader, IOptions<KnowledgeBaseOptions> options, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public TermPage Term { get; private set; } = default!;
    public string? EditUrl { get; private set; }

    /// <summary>The body without its first paragraph, which the page shows as the definition.</summary>
    public string ExplanationHtml
    {
        get
        {
            var html = Term.Term.Html;
            var definition = "<p>" + Term.Term.DefinitionHtml + "</p>";
            return html.StartsWith(definition, StringComparison.Ordinal) ? html[definition.Length..] : html;
        }
    }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var term = await reader.GetTermAsync(slug, cancellationToken);
        if (term is null) return NotFound();
        Term = term;
        EditUrl = EditLinks.For(options.Value, term.Term.RelativePath);
        meta.Title = term.Term.Title;
        meta.Description = term.Term.DefinitionText;
        meta.CanonicalPath = term.Term.Url;
        meta.Breadcrumbs.Add((text["Nav.Glossary"], "/glossary"));
        meta.Breadcrumbs.Add((term.Term.Title, null));
        return Page();
    }
}

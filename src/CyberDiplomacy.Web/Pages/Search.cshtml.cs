using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages;

public sealed class SearchModel(SearchService search, KnowledgeBaseReader reader, TagListCache tags, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public string? Lang { get; set; }
    // Query string only: Razor Pages keeps the page's own path in the "page" route value, which would win over ?page=.
    [FromQuery(Name = "page")] public string? PageNumber { get; set; }

    public SearchResults? Results { get; private set; }
    public string? Notice { get; private set; }
    public IReadOnlyList<TagCount> AllTags { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        meta.Title = string.IsNullOrWhiteSpace(Query) ? text["Search.Title"] : string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Search.TitleFor"], Truncate(Query));
        meta.NoIndex = true;
        meta.Breadcrumbs.Add((text["Search.Title"], null));
        AllTags = await tags.GetAsync(reader, cancellationToken);
        // Pages search the clamped request and explain, where the API answers 400.
        var request = SearchLimits.Read(Query, Type, Tag, Lang, PageNumber, null, UiLanguage.Current);
        Notice = request.Problem;
        (Query, Type, Tag, Lang) = (request.Request.Query, request.Request.Type, request.Request.Tag, request.Request.Lang);
        if (!string.IsNullOrWhiteSpace(Query)) Results = search.Search(request.Request);
        return Page();
    }

    public string LinkWith(string? type = null, string? tag = null, string? lang = null, int? page = null, bool clearType = false, bool clearTag = false, bool clearLang = false)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["type"] = clearType ? null : type ?? Type,
            ["tag"] = clearTag ? null : tag ?? Tag,
            ["lang"] = clearLang ? null : lang ?? Lang,
            ["page"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return "/search" + Microsoft.AspNetCore.Http.QueryString.Create(query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    private static string Truncate(string value) => value.Length > 60 ? value[..60] + "…" : value;
}

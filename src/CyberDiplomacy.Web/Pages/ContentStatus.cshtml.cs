using CyberDiplomacy.Core.Content.Validation;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages;

/// <summary>Editors' page: the problems of the latest ingest, file by file.</summary>
public sealed class ContentStatusModel(ContentProblems problems, PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<ContentDiagnostic> Problems { get; private set; } = [];
    public DateTime? LastIngest { get; private set; }

    public void OnGet()
    {
        Problems = problems.Current;
        LastIngest = problems.LastIngestUtc;
        meta.Title = text["Status.Title"];
        meta.NoIndex = true;
        meta.Breadcrumbs.Add((text["Status.Title"], null));
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Pages;

/// <summary>Re-executed for 4xx/5xx responses without a body: a page with a search box, or JSON under /api.</summary>
public sealed class StatusCodeModel(PageMetadata meta, IStringLocalizer<SharedResource> text) : PageModel
{
    public int Code { get; private set; }
    public string? OriginalPath { get; private set; }

    public IActionResult OnGet(int code)
    {
        var feature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (feature is null)
        {
            return NotFound(); // /status/404 typed directly is not a page of its own
        }
        Code = code;
        OriginalPath = feature.OriginalPath;
        if (ErrorPages.IsApiPath(feature.OriginalPath))
        {
            return new JsonResult(new { error = code == 404 ? "Not found." : $"Request failed with status {code}." }) { StatusCode = code };
        }
        Response.StatusCode = code;
        meta.Title = code == 404 ? text["NotFound.Title"] : text["Error.Title"];
        meta.NoIndex = true;
        return Page();
    }
}

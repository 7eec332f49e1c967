using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CyberDiplomacy.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(PageMetadata meta) : PageModel
{
    public string? RequestId { get; private set; }

    public IActionResult OnGet()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        meta.NoIndex = true;
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        if (ErrorPages.IsApiPath(HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path ?? ""))
        {
            return new JsonResult(new { error = "Internal error.", requestId = RequestId }) { StatusCode = 500 };
        }
        return Page();
    }
}

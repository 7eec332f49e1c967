using Microsoft.AspNetCore.Localization;

namespace CyberDiplomacy.Web.Infrastructure;

public static class LanguageSwitch
{
    /// <summary><c>/language/en?returnUrl=/articles/x</c>: remembers the UI language in a cookie and goes back. Works without JavaScript.</summary>
    public static WebApplication MapLanguageSwitch(this WebApplication app)
    {
        app.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            if (!KnowledgeBaseHosting.SupportedCultures.Any(c => c.Name == culture))
            {
                return Results.BadRequest(new { error = "Unsupported language; use id or en." });
            }
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        });
        return app;
    }

    /// <summary>A path on this site: starts with one slash, and has no backslash or control character a browser could turn into "//host".</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
}

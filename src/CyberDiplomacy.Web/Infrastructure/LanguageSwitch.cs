using Microsoft.AspNetCore.Localization;

namespace CyberDiplomacy.Web;

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
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                ? returnUrl : "/";
            return Results.LocalRedirect(target);
        });
        return app;
    }
}

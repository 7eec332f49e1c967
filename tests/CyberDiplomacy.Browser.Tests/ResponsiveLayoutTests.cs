using System.Text.Json;
using CyberDiplomacy.Browser.Tests.Infrastructure;

namespace CyberDiplomacy.Browser.Tests;

public sealed class ResponsiveLayoutTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/diplomasi-siber")]
    [InlineData("/articles/norma-perilaku-negara?path=mulai-di-sini")]
    [InlineData("/topics")]
    [InlineData("/topics/kejahatan-dan-indonesia")]
    [InlineData("/articles")]
    [InlineData("/glossary")]
    [InlineData("/search?q=diplomasi")]
    [InlineData("/briefing?tag=norma")]
    [InlineData("/documents")]
    [InlineData("/documents/konvensi-pbb-kejahatan-siber")]
    [InlineData("/timeline")]
    [InlineData("/indonesia")]
    public async Task A_375px_wide_phone_needs_no_horizontal_scrolling(string path)
    {
        var page = await OpenAsync(path, new() { ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true });

        var layout = await page.EvaluateAsync<JsonElement>("""
            () => {
              const root = document.documentElement;
              // Name the element that sticks out furthest, so a failure says what to fix.
              let widest = '', right = root.clientWidth;
              for (const element of document.body.querySelectorAll('*')) {
                const r = element.getBoundingClientRect().right;
                if (r > right + 0.5) { right = r; widest = element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).trim().replace(/\s+/g, '.') : ''); }
              }
              return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
            }
            """);

        var scrollWidth = layout.GetProperty("scrollWidth").GetInt32();
        var clientWidth = layout.GetProperty("clientWidth").GetInt32();
        var widest = layout.GetProperty("widest").GetString();
        Assert.True(scrollWidth <= clientWidth, $"{path}: scrollWidth {scrollWidth} > clientWidth {clientWidth}; widest element: {widest}");
    }
}

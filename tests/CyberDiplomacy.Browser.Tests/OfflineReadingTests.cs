using System.Text.Json;
using CyberDiplomacy.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>
/// Offline reading (wwwroot/sw.js): an article a reader opened can be read again with the network gone, one never
/// opened shows the offline notice, the glossary is there from the start, and API answers are never kept. With
/// <c>BROWSER_SCREENSHOTS</c> set, both offline views are saved there.
/// </summary>
public sealed class OfflineReadingTests(SiteFixture site) : BrowserTest(site)
{
    private const string Article = "/articles/diplomasi-siber";
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("BROWSER_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;

    // Everything the site's caches hold, as path and query.
    private const string CachedUrls = """
        async () => {
          const urls = [];
          for (const name of await caches.keys()) {
            for (const request of await (await caches.open(name)).keys()) {
              const url = new URL(request.url);
              urls.push(url.pathname + url.search);
            }
          }
          return urls;
        }
        """;

    /// <summary>Opens a page and waits until the service worker controls it and has kept the page.</summary>
    private async Task<IPage> OpenAndKeepAsync(string path)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await GotoAsync(page, path);
        await WaitUntilKeptAsync(page, path);
        return page;
    }

    /// <summary>
    /// Waits until the service worker is active, controls the page and holds <paramref name="path"/>. The cache is
    /// asynchronous and Playwright's wait takes only a plain predicate, so the page looks itself and raises a flag.
    /// </summary>
    private static async Task WaitUntilKeptAsync(IPage page, string path)
    {
        await page.EvaluateAsync("""
            path => {
              window.offlineReady = false;
              const kept = async () => {
                const registration = await navigator.serviceWorker.getRegistration();
                return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null
                  && (await caches.match(path, { ignoreVary: true })) !== undefined;
              };
              (async () => {
                while (!(await kept())) await new Promise(resolve => setTimeout(resolve, 50));
                window.offlineReady = true;
              })();
            }
            """, path);
        await page.WaitForFunctionAsync("() => window.offlineReady === true");
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        if (ScreenshotFolder is null) return;
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task An_article_once_opened_can_be_read_without_the_network()
    {
        var page = await OpenAndKeepAsync(Article);
        var firstParagraph = (await page.Locator(".prose p").First.InnerTextAsync()).Trim();

        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Diplomasi Siber");
        await Expect(page.Locator(".prose p").First).ToHaveTextAsync(firstParagraph);
        // Styles come from the cache too: the page is laid out, not bare HTML.
        Assert.Equal("flex", await page.Locator(".header-inner").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        await SaveScreenshotAsync(page, "offline-article");
    }

    [Fact]
    public async Task A_page_never_opened_shows_the_offline_notice_which_leads_to_the_glossary()
    {
        var page = await OpenAndKeepAsync(Article);

        await page.Context.SetOfflineAsync(true);
        await GotoAsync(page, "/articles/kedaulatan-siber");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Anda sedang luring");
        await Expect(page.Locator("main")).ToContainTextAsync("belum pernah Anda buka");
        await SaveScreenshotAsync(page, "offline-notice");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Glosarium" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Glosarium");
        await Expect(page.Locator(".glossary-entry").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Api_answers_and_the_status_page_are_never_cached()
    {
        var page = await OpenAndKeepAsync(Article);

        var statuses = await page.EvaluateAsync<int[]>(
            "async () => [(await fetch('/api/search?q=diplomasi')).status, (await fetch('/api/glossary')).status, (await fetch('/api/suggest?q=dip')).status]");
        await GotoAsync(page, "/_status");
        await GotoAsync(page, "/search?q=diplomasi");
        await WaitUntilKeptAsync(page, "/search?q=diplomasi");

        Assert.All(statuses, status => Assert.Equal(200, status));
        var cached = await page.EvaluateAsync<string[]>(CachedUrls);
        Assert.Contains(Article, cached);
        Assert.Contains("/search?q=diplomasi", cached);
        Assert.DoesNotContain(cached, url => url.StartsWith("/api/", StringComparison.Ordinal) || url.StartsWith("/_status", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chromium_finds_the_site_installable()
    {
        // Chromium never offers to install from a private window, which every ordinary test context is: this test
        // starts its own browser with a profile on disk.
        var profile = Directory.CreateTempSubdirectory("cyberdiplomacy-profile-");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new()
            {
                ExecutablePath = SiteFixture.ChromiumPath,
                Args = SiteFixture.ChromiumArgs,
                BaseURL = Site.Server.BaseUrl,
                Locale = "id-ID",
            });
            var page = await context.NewPageAsync();
            await GotoAsync(page, "/");
            await WaitUntilKeptAsync(page, "/");
            var session = await context.NewCDPSessionAsync(page);

            var manifest = (await session.SendAsync("Page.getAppManifest"))!.Value;
            var installability = (await session.SendAsync("Page.getInstallabilityErrors"))!.Value;

            Assert.Equal(0, manifest.GetProperty("errors").GetArrayLength());
            using var parsed = JsonDocument.Parse(manifest.GetProperty("data").GetString()!);
            Assert.Equal("Pustaka Diplomasi Siber", parsed.RootElement.GetProperty("name").GetString());
            var errors = installability.GetProperty("installabilityErrors").EnumerateArray().Select(e => e.GetProperty("errorId").GetString()).ToList();
            Assert.True(errors.Count == 0, "installability errors: " + string.Join(", ", errors));
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

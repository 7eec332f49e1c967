using CyberDiplomacy.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>
/// A reader finds the way by keyboard: the topic sidebar on a desktop, the same list as a disclosure on a phone, and the
/// beginners' path from the home page to its last step without the search box.
/// </summary>
public sealed class TopicNavigationTests(SiteFixture site) : BrowserTest(site)
{
    private const string TopicNavigation = "Artikel dalam topik Dasar-Dasar Diplomasi Siber";
    private static BrowserNewContextOptions Phone => new() { ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true };

    [Fact]
    public async Task On_a_phone_the_topic_list_opens_and_is_followed_by_keyboard()
    {
        var page = await OpenAsync("/articles/diplomasi-siber", Phone);
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = TopicNavigation });
        await Expect(navigation).ToHaveCountAsync(1); // the desktop sidebar is not shown, nor exposed, beside it
        var summary = navigation.Locator("summary");
        var next = navigation.GetByRole(AriaRole.Link, new() { Name = "Teknologi, Pisau Bermata Dua" });
        await Expect(next).ToBeHiddenAsync();

        await TabToAsync(page, summary);
        await page.Keyboard.PressAsync("Enter");

        await Expect(next).ToBeVisibleAsync();
        await Expect(navigation.Locator("[aria-current=page]")).ToHaveTextAsync("Diplomasi Siber");
        await page.Keyboard.PressAsync("Tab");
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Diplomasi: Pengertian dan Fungsi" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(next).ToBeFocusedAsync();
        Assert.True(await NoHorizontalScrollAsync(page), "the open disclosure makes the page scroll sideways at 375px");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/articles/teknologi-pisau-bermata-dua");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = TopicNavigation }).Locator("[aria-current=page]")).ToHaveTextAsync("Teknologi, Pisau Bermata Dua");
    }

    [Fact]
    public async Task On_a_phone_the_disclosure_closes_again_with_the_keyboard()
    {
        var page = await OpenAsync("/articles/diplomasi-siber", Phone);
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = TopicNavigation });
        var summary = navigation.Locator("summary");
        var list = navigation.Locator("ol");

        await TabToAsync(page, summary);
        await page.Keyboard.PressAsync("Space");
        await Expect(list).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(list).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_sidebar_is_shown_and_reached_by_tab_before_the_article()
    {
        var page = await OpenAsync("/articles/diplomasi-siber", new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = TopicNavigation });
        await Expect(navigation).ToHaveCountAsync(1);
        await Expect(navigation).ToBeVisibleAsync();
        await Expect(navigation.Locator("summary")).ToHaveCountAsync(0); // the sidebar, not the disclosure
        var current = navigation.Locator("[aria-current=page]");
        await Expect(current).ToHaveTextAsync("Diplomasi Siber");

        var sidebar = await navigation.BoundingBoxAsync();
        var article = await page.Locator("article.article").BoundingBoxAsync();
        Assert.True(sidebar!.X + sidebar.Width <= article!.X, $"the sidebar ({sidebar.X}+{sidebar.Width}) is not left of the article ({article.X})");

        await TabToAsync(page, navigation.GetByRole(AriaRole.Link, new() { Name = "Dasar-Dasar Diplomasi Siber" }));
        var presses = 0;
        while (!await navigation.GetByRole(AriaRole.Link, new() { Name = "Kedaulatan Siber" }).EvaluateAsync<bool>("e => e === document.activeElement"))
        {
            Assert.InRange(++presses, 1, 4);
            await page.Keyboard.PressAsync("Tab");
        }
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/articles/kedaulatan-siber");
    }

    [Fact]
    public async Task A_newcomer_walks_the_beginners_path_from_the_home_page_to_its_end()
    {
        var page = await OpenAsync("/", Phone);
        var steps = page.Locator("#mulai-di-sini ol.path-step-list > li > a");
        await Expect(steps).ToHaveCountAsync(5);
        var titles = await steps.AllInnerTextsAsync();

        await steps.First.ClickAsync();
        for (var step = 1; step <= titles.Count; step++)
        {
            await Expect(page.Locator("h1")).ToHaveTextAsync(titles[step - 1]);
            await Expect(page.Locator(".path-step-count")).ToHaveTextAsync($"Langkah {step} dari 5");
            if (step < titles.Count)
            {
                await page.Locator("a.path-next").ClickAsync();
            }
        }
        await Expect(page.Locator("a.path-next")).ToHaveCountAsync(0);
        await Expect(page.Locator(".path-steps")).ToContainTextAsync("langkah terakhir");
        Assert.EndsWith("/articles/insiden-pdns-2024?path=mulai-di-sini", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_disclosure_at_375px_has_no_serious_axe_violations_in_light_or_dark()
    {
        var options = Phone;
        options.BypassCSP = true; // axe is injected as an inline script
        var page = await OpenAsync("/articles/norma-perilaku-negara?path=mulai-di-sini", options);
        await page.Locator(".topic-disclosure summary").ClickAsync();

        var light = await AxeCore.SeriousViolationsAsync(page);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var dark = await AxeCore.SeriousViolationsAsync(page);

        var report = light.Select(v => "light: " + v).Concat(dark.Select(v => "dark: " + v)).ToList();
        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    private static Task<bool> NoHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");

    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 100; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement")) return;
        }
        Assert.Fail("Tab never reached " + target);
    }
}

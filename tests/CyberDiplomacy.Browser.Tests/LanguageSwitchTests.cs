using CyberDiplomacy.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CyberDiplomacy.Browser.Tests;

public sealed class LanguageSwitchTests(SiteFixture site) : BrowserTest(site)
{
    private static readonly string[] IndonesianNav = ["Topik", "Artikel", "Glosarium", "Dokumen", "Linimasa", "Cari"];
    private static readonly string[] EnglishNav = ["Topics", "Articles", "Glossary", "Documents", "Timeline", "Search"];

    [Fact]
    public async Task The_header_link_switches_to_English_for_the_following_pages_and_back()
    {
        var page = await OpenAsync("/articles");
        var html = page.Locator("html");
        var nav = page.Locator(".main-nav a");
        await Expect(html).ToHaveAttributeAsync("lang", "id");
        await Expect(nav).ToHaveTextAsync(IndonesianNav);

        await page.Locator(".lang-switch").ClickAsync();
        await page.WaitForURLAsync(Site.Server.BaseUrl + "/articles");
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(nav).ToHaveTextAsync(EnglishNav);

        await GotoAsync(page, "/glossary");
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(nav).ToHaveTextAsync(EnglishNav);
        Assert.Contains(await page.Context.CookiesAsync(), cookie => cookie.Name == ".AspNetCore.Culture");

        await page.Locator(".lang-switch").ClickAsync();
        await page.WaitForURLAsync(Site.Server.BaseUrl + "/glossary");
        await Expect(html).ToHaveAttributeAsync("lang", "id");
        await Expect(nav).ToHaveTextAsync(IndonesianNav);
    }
}

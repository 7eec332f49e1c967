using CyberDiplomacy.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>
/// What a reader does with the documents: filters the catalogue with JavaScript off, follows a mark of the timeline's
/// overview by its name, and finds the overview within a phone's width and on paper.
/// </summary>
public sealed class DocumentsBrowserTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Catalogue_filters_submit_without_javascript()
    {
        var page = await OpenAsync("/documents", new() { JavaScriptEnabled = false });

        await page.GetByLabel("Jenis").SelectOptionAsync("report");
        await page.GetByLabel("Urutan").SelectOptionAsync("date-asc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Terapkan" }).ClickAsync();

        await page.WaitForURLAsync("**/documents?kind=report**");
        await Expect(page.Locator(".document-title")).ToHaveTextAsync(["Laporan Kelompok Ahli Pemerintah PBB 2013", "Laporan Kelompok Ahli Pemerintah PBB 2015"]);
        await Expect(page.Locator(".filter-status")).ToHaveTextAsync("2 dari 6 dokumen");
    }

    [Fact]
    public async Task A_mark_of_the_overview_is_a_link_named_by_its_date_and_title()
    {
        var page = await OpenAsync("/timeline");
        var mark = page.Locator("svg").GetByRole(AriaRole.Link, new() { Name = "24 Juni 2013: Laporan Kelompok Ahli Pemerintah PBB 2013" });

        await Expect(mark).ToHaveCountAsync(1);
        await mark.ClickAsync();

        await page.WaitForURLAsync("**/documents/gge-2013");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Laporan Kelompok Ahli Pemerintah PBB 2013");
    }

    [Theory]
    [InlineData("screen")]
    [InlineData("print")]
    public async Task The_overview_fits_a_phone_on_screen_and_on_paper(string media)
    {
        var page = await OpenAsync("/timeline", new() { ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true });
        await page.EmulateMediaAsync(new() { Media = media == "print" ? Media.Print : Media.Screen });

        var box = await page.Locator(".timeline-overview svg").BoundingBoxAsync();
        var viewport = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.NotNull(box);
        Assert.InRange(box.Width, 200, viewport);
        Assert.True(box.Height > 50, $"the overview is {box.Height}px high");
        Assert.True(scrollWidth <= viewport, $"{media}: scrollWidth {scrollWidth} > {viewport}");
        Assert.Equal(10, await page.Locator(".overview-marks a").CountAsync());
    }
}

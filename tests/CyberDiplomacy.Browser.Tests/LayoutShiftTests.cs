using CyberDiplomacy.Browser.Tests.Infrastructure;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>
/// Nothing moves while a page finishes loading: the cumulative layout shift a reader sees after load stays under 0.1,
/// the "good" threshold of Core Web Vitals. Shifts right after the reader types or clicks are not counted, as in CLS.
/// </summary>
public sealed class LayoutShiftTests(SiteFixture site) : BrowserTest(site)
{
    // Sums every layout shift since navigation (buffered), after two frames have been drawn past the load event, so
    // that whatever the scripts changed at load has been laid out and measured.
    private const string CumulativeLayoutShift = """
        () => new Promise(resolve => {
          let sum = 0;
          const add = entries => { for (const e of entries) if (!e.hadRecentInput) sum += e.value; };
          const observer = new PerformanceObserver(list => add(list.getEntries()));
          observer.observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => {
            add(observer.takeRecords());
            observer.disconnect();
            resolve(sum);
          }));
        })
        """;

    [Theory]
    [InlineData("/glossary", 1280, 900)]
    [InlineData("/glossary", 375, 812)]
    [InlineData("/timeline", 1280, 900)]
    [InlineData("/timeline", 375, 812)]
    [InlineData("/documents", 375, 812)]
    public async Task The_page_does_not_shift_while_it_loads(string path, int width, int height)
    {
        var page = await OpenAsync(path, new() { ViewportSize = new() { Width = width, Height = height } });
        await page.WaitForLoadStateAsync(LoadState.Load);

        var shift = await page.EvaluateAsync<double>(CumulativeLayoutShift);

        Assert.True(shift < 0.1, $"cumulative layout shift on {path} at {width}px: {shift:0.000}");
    }

    [Theory]
    [InlineData("/topics/dasar-dasar", 1280, 900)]
    [InlineData("/topics/dasar-dasar", 375, 812)]
    [InlineData("/articles/diplomasi-siber?path=mulai-di-sini", 1280, 900)]
    [InlineData("/articles/diplomasi-siber?path=mulai-di-sini", 375, 812)]
    public async Task A_topic_hub_and_an_article_with_its_topic_navigation_do_not_shift(string path, int width, int height)
    {
        var page = await OpenAsync(path, new() { ViewportSize = new() { Width = width, Height = height } });
        await page.WaitForLoadStateAsync(LoadState.Load);

        var shift = await page.EvaluateAsync<double>(CumulativeLayoutShift);

        Assert.True(shift < 0.1, $"cumulative layout shift on {path} at {width}px: {shift:0.000}");
    }
}

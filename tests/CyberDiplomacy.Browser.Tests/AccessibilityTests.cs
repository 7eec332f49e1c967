using CyberDiplomacy.Browser.Tests.Infrastructure;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>axe-core finds nothing serious or critical on any page type, in the light or the dark colour scheme.</summary>
public sealed class AccessibilityTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [MemberData(nameof(SitePages.EachType), MemberType = typeof(SitePages))]
    public async Task Axe_finds_no_serious_violations_in_light_or_dark(string path)
    {
        // axe is injected as an inline script, which the site's CSP rightly forbids; this context alone bypasses it.
        var page = await OpenAsync(path, new() { BypassCSP = true, ColorScheme = ColorScheme.Light }, SitePages.StatusOf(path));
        var light = await AxeCore.SeriousViolationsAsync(page);

        // The same page with the system preference switched to dark: the stylesheet follows without a reload.
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var dark = await AxeCore.SeriousViolationsAsync(page);

        var report = light.Select(v => "light: " + v).Concat(dark.Select(v => "dark: " + v)).ToList();
        Assert.True(report.Count == 0, $"{path}: {report.Count} serious or critical axe violation(s):\n" + string.Join("\n", report));
    }
}

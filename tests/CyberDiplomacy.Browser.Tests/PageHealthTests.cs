using CyberDiplomacy.Browser.Tests.Infrastructure;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>Pages load without console errors (CSP violations included) and never reach beyond the machine.</summary>
public sealed class PageHealthTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [MemberData(nameof(SitePages.EachType), MemberType = typeof(SitePages))]
    public async Task Page_loads_without_console_errors_or_outside_requests(string path)
    {
        var status = SitePages.StatusOf(path);
        // Navigation waits for the load event: every stylesheet, script and image has been requested by then.
        var (page, probe) = await OpenWithProbeAsync(path, status: status);

        // Chromium reports a document's own error status in the console; for the 404 page that is the point.
        var errors = probe.Errors.Where(error => status == 200 || !IsOwnStatus(error, page.Url, status)).ToList();
        Assert.True(errors.Count == 0, $"{path}: console errors:\n" + string.Join("\n", errors));
        Assert.True(probe.OutsideRequests.Count == 0, $"{path}: requests leaving the machine:\n" + string.Join("\n", probe.OutsideRequests));
    }

    private static bool IsOwnStatus(string error, string url, int status) =>
        error.Contains($"status of {status}", StringComparison.Ordinal) && error.Contains(url, StringComparison.Ordinal);
}

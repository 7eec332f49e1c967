namespace CyberDiplomacy.Browser.Tests.Infrastructure;

/// <summary>Base for browser tests: opens pages in fresh contexts that are closed when the test ends.</summary>
[Collection(SiteTestGroup.Name)]
public abstract class BrowserTest(SiteFixture site) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected SiteFixture Site { get; } = site;

    /// <summary>Opens <paramref name="path"/> in a new context and checks the response status.</summary>
    protected async Task<IPage> OpenAsync(string path, BrowserNewContextOptions? options = null, int status = 200)
    {
        var (page, _) = await OpenWithProbeAsync(path, options, status);
        return page;
    }

    /// <summary>Like <see cref="OpenAsync"/>, with console errors and outside requests recorded from before the first request.</summary>
    protected async Task<(IPage Page, PageProbe Probe)> OpenWithProbeAsync(string path, BrowserNewContextOptions? options = null, int status = 200)
    {
        var context = await NewContextAsync(options);
        var probe = await PageProbe.AttachAsync(context);
        var page = await context.NewPageAsync();
        await GotoAsync(page, path, status);
        return (page, probe);
    }

    protected async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Site.NewContextAsync(options);
        _contexts.Add(context);
        return context;
    }

    protected static async Task GotoAsync(IPage page, string path, int status = 200)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Status == status, $"GET {path}: expected {status}, got {response.Status}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}

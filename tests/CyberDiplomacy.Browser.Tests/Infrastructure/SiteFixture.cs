namespace CyberDiplomacy.Browser.Tests.Infrastructure;

/// <summary>
/// One app and one Debian chromium for the whole assembly. Each test opens its own browser context, so cookies,
/// storage and colour scheme never leak between tests.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    // Debian's chromium, never a browser Playwright downloads; no sandbox because CI runs as root in a container.
    public const string ChromiumPath = "/usr/bin/chromium";
    public static readonly IReadOnlyList<string> ChromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public SiteServer Server { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException("Browser tests drive Debian's chromium; install it with 'apt-get install chromium' (tests/run.sh does).", ChromiumPath);
        }
        // Generous: CI machines are often busy, and an expectation only waits as long as it has to.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArgs });
    }

    /// <summary>A fresh context as an Indonesian reader's browser has it, with the site as base URL.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Server.BaseUrl;
        options.Locale ??= "id-ID";
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        return Browser.NewContextAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteTestGroup : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site in a browser";
}

using CyberDiplomacy.Browser.Tests.Infrastructure;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>
/// The header's parts never overlap, on a desktop or a phone. With <c>BROWSER_SCREENSHOTS</c> set to a folder, full-page
/// screenshots of each layout in light and dark are saved there for a person to look at.
/// </summary>
public sealed class LayoutScreenshotTests(SiteFixture site) : BrowserTest(site)
{
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("BROWSER_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;
    private static readonly string[] HeaderParts = [".brand", ".main-nav", ".site-search", ".header-tools"];

    public static TheoryData<string, int> Layouts() => new()
    {
        { "/", 1280 }, { "/", 375 },
        { "/articles/diplomasi-siber", 1280 }, { "/articles/diplomasi-siber", 375 },
        { "/glossary", 1280 }, { "/glossary", 375 },
        { "/briefing?tag=norma", 1280 }, { "/briefing?tag=norma", 375 },
        { "/documents", 1280 }, { "/documents", 375 },
        { "/documents/konvensi-pbb-kejahatan-siber", 1280 }, { "/documents/konvensi-pbb-kejahatan-siber", 375 },
        { "/timeline", 1280 }, { "/timeline", 375 },
        { "/indonesia", 1280 }, { "/indonesia", 375 },
        { "/topics", 1280 }, { "/topics", 375 },
        { "/topics/dasar-dasar", 1280 }, { "/topics/dasar-dasar", 375 },
        { "/articles", 1280 }, { "/articles", 375 },
        { "/articles/norma-perilaku-negara?path=mulai-di-sini", 1280 }, { "/articles/norma-perilaku-negara?path=mulai-di-sini", 375 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Header_parts_do_not_overlap(string path, int width)
    {
        var page = await OpenAsync(path, new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = ColorScheme.Light });

        var boxes = new List<(string Part, LocatorBoundingBoxResult Box)>();
        foreach (var part in HeaderParts)
        {
            var box = await page.Locator(".site-header " + part).BoundingBoxAsync();
            Assert.True(box is not null, $"{part} is not shown at {width}px");
            boxes.Add((part, box));
        }
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(Overlap(boxes[i].Box, boxes[j].Box), $"{path} at {width}px: {boxes[i].Part} overlaps {boxes[j].Part}");
            }
        }

        if (ScreenshotFolder is not null)
        {
            await SaveScreenshotsAsync(page, path, width, ScreenshotFolder);
        }
    }

    private static async Task SaveScreenshotsAsync(IPage page, string path, int width, string folder)
    {
        Directory.CreateDirectory(folder);
        var name = path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-') is { Length: > 0 } slug ? slug : "home";
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}-light.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}-dark.png"), FullPage = true });
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width - 0.5 && b.X < a.X + a.Width - 0.5 && a.Y < b.Y + b.Height - 0.5 && b.Y < a.Y + a.Height - 0.5;
}

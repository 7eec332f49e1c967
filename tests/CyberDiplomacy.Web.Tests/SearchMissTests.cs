using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// Searches that found nothing, as readers make them through /search and /api/search: counted normalised, kept in the
/// data folder without anything about the reader, and listed on the public /_status only when an editor turns it on.
/// </summary>
public sealed class SearchMissTests
{
    private static TempContentFactory Site(bool show = false, bool count = true) => new(SmallContent.Files, settings: new Dictionary<string, string?>
    {
        ["KnowledgeBase:ShowSearchStatsOnStatus"] = show ? "true" : "false",
        ["KnowledgeBase:CountSearchMisses"] = count ? "true" : "false",
    });

    private static async Task SearchAsync(HttpClient client)
    {
        await client.GetHtmlAsync("/search?q=Xyzzy%20%20Plugh");
        await client.GetJsonAsync("/api/search?q=%20xyzzy%20plugh%20");
        await client.GetHtmlAsync("/search?q=diplomasi");          // found: not a miss
        await client.GetHtmlAsync("/search?q=xyzzy&type=term");   // a filter, not what the reader typed
    }

    [Fact]
    public async Task A_query_without_results_is_counted_once_normalised_in_the_data_folder()
    {
        await using var site = Site();
        using var client = site.CreateClient();
        await SearchAsync(client);
        site.Services.GetRequiredService<SearchMissLog>().Flush();

        var text = await File.ReadAllTextAsync(Path.Combine(site.DataPath, SearchMissLog.FileName));
        Assert.Contains("\"xyzzy plugh\": 2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("diplomasi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"xyzzy\"", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d+\.\d+\.\d+\.\d+|::1|localhost|Mozilla|\.AspNetCore", text);
    }

    [Fact]
    public async Task Shutting_down_writes_the_counts_not_yet_written()
    {
        var data = Directory.CreateTempSubdirectory("cyberdiplomacy-misses-").FullName;
        try
        {
            await using (var site = new TempContentFactory(SmallContent.Files, dataPath: data))
            {
                using var client = site.CreateClient();
                await SearchAsync(client);
            }
            Assert.Equal(2, Assert.Single(SearchMissLog.ReadTop(data)).Count);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Status_lists_them_only_when_the_setting_is_on()
    {
        await using (var hidden = Site())
        {
            using var client = hidden.CreateClient();
            await SearchAsync(client);
            var status = await client.GetHtmlAsync("/_status");
            Assert.DoesNotContain("xyzzy plugh", status, StringComparison.Ordinal);
            Assert.DoesNotContain("search-misses", status, StringComparison.Ordinal);
        }
        await using var shown = Site(show: true);
        using var editor = shown.CreateClient();
        await SearchAsync(editor);
        var page = await editor.GetHtmlAsync("/_status");
        Assert.Matches(@"<td>xyzzy plugh</td><td>2</td><td><time datetime=""\d{4}-\d\d-\d\d"">", page);
    }

    [Fact]
    public async Task Counting_switched_off_records_nothing()
    {
        await using var site = Site(show: true, count: false);
        using var client = site.CreateClient();
        await SearchAsync(client);
        site.Services.GetRequiredService<SearchMissLog>().Flush();

        Assert.False(File.Exists(Path.Combine(site.DataPath, SearchMissLog.FileName)));
        Assert.DoesNotContain("xyzzy plugh", await client.GetHtmlAsync("/_status"), StringComparison.Ordinal);
    }
}

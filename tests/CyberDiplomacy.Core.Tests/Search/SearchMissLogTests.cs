using System.Diagnostics;
using CyberDiplomacy.Core.Search;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>What readers did not find: counted per day, normalised, nothing about the reader; shown by <c>kb stats --searches</c>.</summary>
public sealed class SearchMissLogTests(FixtureContentIndex corpus) : IClassFixture<FixtureContentIndex>, IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-misses-" + Guid.NewGuid().ToString("N"));
    private readonly Clock _clock = new(new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero));

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private SearchMissLog Log(bool count = true, bool readOnly = false) => new(new KnowledgeBasePaths(corpus.Content, _data),
        Options.Create(new KnowledgeBaseOptions { CountSearchMisses = count, ReadOnlyData = readOnly }), null, _clock);

    private SearchService SearchWith(SearchMissLog log) => new(corpus.Host.Get<SearchIndex>(), corpus.Host.Get<SuggestionCatalog>(), log);

    private string FilePath => Path.Combine(_data, SearchMissLog.FileName);

    [Fact]
    public void A_query_with_no_result_is_counted_per_day_normalised_and_without_the_reader()
    {
        using (var log = Log())
        {
            var search = SearchWith(log);
            foreach (var query in new[] { "Xyzzy   Plugh", "  xyzzy plugh ", "XYZZY\tPLUGH" }) Assert.Equal(0, search.Search(new SearchRequest(query)).Total);
            log.Flush();
            var text = File.ReadAllText(FilePath);
            Assert.Contains("\"2026-11-27\"", text, StringComparison.Ordinal);
            Assert.Contains("\"xyzzy plugh\": 3", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Xyzzy", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\d+\.\d+\.\d+\.\d+|::1|T\d\d:\d\d", text); // no address, no time of day

            _clock.Now = _clock.Now.AddHours(2); // the next UTC day
            search.Search(new SearchRequest("xyzzy plugh"));
            Assert.Equal([new SearchMiss("xyzzy plugh", 4, new DateOnly(2026, 11, 28))], log.Top());
        }
        // Disposing wrote the last count; a new process reads it back.
        Assert.Equal(4, Assert.Single(SearchMissLog.ReadTop(_data)).Count);
    }

    [Theory]
    [InlineData("kedaulatan siber")]
    [InlineData("kedaulatn siber")] // nothing as typed, found once corrected
    [InlineData("jagat maya")]      // found through a synonym
    [InlineData("   ")]
    public void A_query_that_finds_something_is_not_counted(string query)
    {
        using var log = Log();
        SearchWith(log).Search(new SearchRequest(query));
        Assert.Empty(log.Top());
    }

    [Fact]
    public void Filters_and_later_pages_are_not_readers_misses()
    {
        using var log = Log();
        var search = SearchWith(log);
        search.Search(new SearchRequest("xyzzy", Type: "term"));
        search.Search(new SearchRequest("xyzzy", Page: 2));
        Assert.Empty(log.Top());
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Counting_off_or_read_only_data_writes_nothing(bool count, bool readOnly)
    {
        using (var log = Log(count, readOnly))
        {
            SearchWith(log).Search(new SearchRequest("xyzzy"));
            Assert.False(log.IsCounting);
        }
        Assert.False(File.Exists(FilePath));
    }

    [Fact]
    public void An_unreadable_file_starts_the_counts_again()
    {
        Directory.CreateDirectory(_data);
        File.WriteAllText(FilePath, "{ not json");
        using var log = Log();
        SearchWith(log).Search(new SearchRequest("xyzzy"));
        Assert.Equal("xyzzy", Assert.Single(log.Top()).Query);
    }

    [Fact]
    public async Task Kb_stats_searches_prints_query_count_and_last_day()
    {
        using (var log = Log())
        {
            var search = SearchWith(log);
            search.Search(new SearchRequest("xyzzy plugh"));
            search.Search(new SearchRequest("Xyzzy Plugh"));
            search.Search(new SearchRequest("frobnitz"));
        }
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "kb.dll"), "stats", "--searches", "--content", corpus.Content, "--data", _data })
        {
            start.ArgumentList.Add(arg);
        }
        using var kb = Process.Start(start)!;
        var output = await kb.StandardOutput.ReadToEndAsync();
        await kb.WaitForExitAsync();
        Assert.True(kb.ExitCode == 0, await kb.StandardError.ReadToEndAsync());
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("Searches that found nothing", StringComparison.Ordinal) && l.Contains(FilePath, StringComparison.Ordinal));
        Assert.Equal("2  2026-11-27  xyzzy plugh", lines[^2]);
        Assert.Equal("1  2026-11-27  frobnitz", lines[^1]);
    }

    [Fact]
    public void Kb_stats_searches_says_so_when_nothing_was_recorded()
    {
        var output = new StringWriter();
        SearchMissLog.WriteTable(output, SearchMissLog.ReadTop(_data), FilePath);
        Assert.Equal($"No searches without results recorded in {FilePath}.", output.ToString().Trim());
    }

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (DirectoryNotFoundException) { } catch (IOException) { }
    }
}

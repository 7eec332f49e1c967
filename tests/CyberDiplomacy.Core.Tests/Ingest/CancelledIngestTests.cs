using CyberDiplomacy.Core.Content;
using System.Diagnostics;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CyberDiplomacy.Core.Tests.Ingest;

/// <summary>
/// An ingest cancelled part-way (shutdown, a newer save) leaves the last good data serving: pages whole, search
/// working, and the next ingest completes. On a synthetic corpus of 500 articles so the cancellation lands mid-work.
/// </summary>
public sealed class CancelledIngestTests(ITestOutputHelper output) : IDisposable
{
    private const int Articles = 500;
    private readonly TempKnowledgeBase _kb = new();

    [Fact]
    public async Task Cancelled_mid_parse_keeps_the_previous_version_and_the_next_ingest_completes()
    {
        WriteCorpus(version: 1);
        await using (var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data))
        {
            await host.IngestAsync();
            WriteCorpus(version: 2);
            using var cancel = new CancellationTokenSource();
            var progress = new CancelAt(Articles / 2, cancel);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.IngestAsync(progress, cancel.Token));
            output.WriteLine($"cancelled after {progress.Seen} of {Articles} parsed");
            await AssertServesAsync(host, version: 1);
        }
        // Re-open on the same folders, as a restarted app would.
        await using var reopened = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await AssertServesAsync(reopened, version: 1);
        var report = await reopened.IngestAsync();
        Assert.Equal(Articles, report.Parsed);
        await AssertServesAsync(reopened, version: 2);
    }

    [Fact]
    public async Task Cancelled_at_any_point_leaves_consistent_pages_and_a_working_search()
    {
        WriteCorpus(version: 1);
        TimeSpan full;
        await using (var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data))
        {
            await host.IngestAsync();
            WriteCorpus(version: 2);
            var clock = Stopwatch.StartNew();
            await host.IngestAsync();
            full = clock.Elapsed;
        }
        var version = 2;
        foreach (var fraction in new[] { 0.5, 1.0 })
        {
            version++;
            WriteCorpus(version);
            await using (var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data))
            {
                using var cancel = new CancellationTokenSource(full * fraction);
                var outcome = "completed";
                try { await host.IngestAsync(null, cancel.Token); }
                catch (OperationCanceledException) { outcome = "cancelled"; }
                output.WriteLine($"v{version}: cancel after {full.TotalMilliseconds * fraction:F0} ms of ~{full.TotalMilliseconds:F0}: {outcome}");
                await AssertConsistentAsync(host, version - 1, version);
            }
            await using var reopened = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
            await AssertConsistentAsync(reopened, version - 1, version);
            await reopened.IngestAsync();
            await AssertServesAsync(reopened, version);
        }
    }

    [Fact]
    public void A_cancelled_index_write_never_reaches_readers_or_the_next_commit()
    {
        var folder = Path.Combine(_kb.Root, "index");
        using (var index = new SearchIndex(FSDirectory.Open(folder), NullLogger<SearchIndex>.Instance))
        {
            index.Apply(new IndexChanges(false, [], [Document("satu")], "v1"));
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() =>
                index.Apply(new IndexChanges(true, [], [Document("dua"), Document("tiga")], "v2"), cancelled.Token));
            Assert.Equal((1, "v1"), (index.DocumentCount, index.CommittedContentVersion));
        }
        using var reopened = new SearchIndex(FSDirectory.Open(folder), NullLogger<SearchIndex>.Instance);
        Assert.Equal((1, "v1"), (reopened.DocumentCount, reopened.CommittedContentVersion));
    }

    private static SearchDocument Document(string slug) =>
        new(Core.Content.DocumentKind.Article, slug, "id", slug, [], [], "ringkasan", "isi " + slug, []);

    private void WriteCorpus(int version)
    {
        for (var i = 0; i < Articles; i++)
        {
            _kb.Write($"articles/sintetis-{i:000}.md",
                $"---\ntitle: Artikel {i} versi {version}\nsummary: Ringkasan {i}.\ntags: [sintetis]\n---\n" +
                $"## Bagian\n\nPenanda versi{Word(version)} untuk artikel {i}. {string.Concat(Enumerable.Repeat("Diplomasi siber dan norma negara. ", 30))}\n");
        }
    }

    private static string Word(int version) => version switch { 1 => "satu", 2 => "dua", 3 => "tiga", 4 => "empat", 5 => "lima", _ => "lain" };

    /// <summary>Every article is at this version, on its page and in search.</summary>
    private static async Task AssertServesAsync(KnowledgeBaseHost host, int version)
    {
        for (var i = 0; i < Articles; i += 49)
        {
            var page = await host.ReadAsync(r => r.GetArticleAsync($"sintetis-{i:000}"));
            Assert.NotNull(page);
            Assert.Equal($"Artikel {i} versi {version}", page.Article.Title);
            Assert.Contains("versi" + Word(version), page.Article.Html, StringComparison.Ordinal);
        }
        Assert.Equal(Articles, host.Search("versi" + Word(version)).Total);
    }

    /// <summary>Each page is wholly one version or the other, and search answers.</summary>
    private static async Task AssertConsistentAsync(KnowledgeBaseHost host, int previous, int next)
    {
        for (var i = 0; i < Articles; i += 49)
        {
            var page = await host.ReadAsync(r => r.GetArticleAsync($"sintetis-{i:000}"));
            Assert.NotNull(page);
            var version = page.Article.Title.EndsWith($"versi {next}", StringComparison.Ordinal) ? next : previous;
            Assert.Equal($"Artikel {i} versi {version}", page.Article.Title);
            Assert.Contains("versi" + Word(version), page.Article.Html, StringComparison.Ordinal);
        }
        var found = host.Search("versi" + Word(previous)).Total + host.Search("versi" + Word(next)).Total;
        Assert.Equal(Articles, found);
    }

    private sealed class CancelAt(int count, CancellationTokenSource cancel) : IProgress<ParseProgress>
    {
        private int _seen;
        public int Seen => _seen;

        public void Report(ParseProgress value)
        {
            if (value.Stage == "articles" && Interlocked.Increment(ref _seen) >= count) cancel.Cancel();
        }
    }

    public void Dispose() => _kb.Dispose();
}

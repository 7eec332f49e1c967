using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// Eight readers on loopback while an editor edits, adds and deletes files and the app re-ingests between edits:
/// no failed request, and every article page is whole and agrees with itself. Bounded in requests and time.
/// </summary>
public sealed class LoadWhileContentChangesTests(ITestOutputHelper output)
{
    private const int Readers = 8;
    private const int MaxRequests = 2_400;
    private const int Rounds = 8;
    private static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(3); // a bound that stops the loop, not an assertion

    [Fact]
    public async Task Readers_get_whole_consistent_pages_while_content_changes()
    {
        await using var factory = new TempContentFactory(copyFixtureContent: true, kestrel: true);
        using var client = factory.CreateClient();
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(client.BaseAddress!.Host)), $"not loopback: {client.BaseAddress}");
        await client.GetHtmlAsync("/articles/paris-call"); // started and ingested
        var ingestor = factory.Services.GetRequiredService<Ingestor>();
        var original = File.ReadAllText(Path.Combine(factory.ContentPath, "articles/paris-call.md"));
        var originalTerm = File.ReadAllText(Path.Combine(factory.ContentPath, "glossary/bssn.md"));

        var failures = new ConcurrentQueue<string>();
        var byRoute = new ConcurrentDictionary<string, int>();
        var requests = 0;
        var round = 0;
        using var stop = new CancellationTokenSource(MaxDuration);
        var clock = Stopwatch.StartNew();

        async Task ReadAsync(int reader)
        {
            var routes = new Func<string>[]
            {
                () => "/articles/paris-call",
                () => $"/articles/beban-{Volatile.Read(ref round)}",
                () => "/search?q=penandabeban",
                () => "/api/search?q=paris+call",
                () => "/search?q=diplomasi+siber",
                () => "/glossary/bssn",
            };
            for (var i = reader; !stop.IsCancellationRequested && Interlocked.Increment(ref requests) <= MaxRequests; i++)
            {
                var url = routes[i % routes.Length]();
                byRoute.AddOrUpdate(url.Split('?')[0].StartsWith("/articles/beban-", StringComparison.Ordinal) ? "/articles/beban-N" : url.Split('?')[0], 1, (_, n) => n + 1);
                try
                {
                    using var response = await client.GetAsync(new Uri(url, UriKind.Relative), CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    var problem = Check(url, response.StatusCode, body);
                    if (problem is not null) failures.Enqueue(problem);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
                {
                    failures.Enqueue($"{url}: {ex.GetType().Name} {ex.Message}");
                }
            }
        }

        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(() => ReadAsync(r))).ToList();
        var ingests = new List<double>();
        for (var r = 1; r <= Rounds && !stop.IsCancellationRequested; r++)
        {
            // Edit: a new title and body marker; add this round's file; delete the previous round's; every third round
            // a glossary change, which re-renders every article that auto-links it.
            factory.Write("articles/paris-call.md", original.Replace("title: Paris Call for Trust and Security in Cyberspace", $"title: Paris Call versi {r}", StringComparison.Ordinal)
                .TrimEnd() + $"\n\nCatatan penandabeban{r}.\n");
            factory.Write($"articles/beban-{r}.md", $"---\ntitle: Beban {r}\nsummary: Artikel sementara {r}.\n---\nIsi penandabeban{r} tentang diplomasi siber.\n");
            factory.Write("topics/beban.md", $"---\ntitle: Beban\norder: 99\narticles: [beban-{r}]\n---\nArtikel sementara ronde ini.\n"); // every article is in a topic
            if (r > 1) factory.Delete($"articles/beban-{r - 1}.md");
            if (r % 3 == 0) factory.Write("glossary/bssn.md", originalTerm.Replace("aliases: [", $"aliases: [BSSN Versi {r}, ", StringComparison.Ordinal));
            var ingest = Stopwatch.StartNew();
            var report = await ingestor.IngestAsync();
            ingests.Add(ingest.Elapsed.TotalMilliseconds);
            Assert.Equal(0, report.Errors);
            Volatile.Write(ref round, r);
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        var total = Math.Min(requests, MaxRequests);
        output.WriteLine($"{total} requests by {Readers} readers in {clock.Elapsed.TotalSeconds:F1} s during {ingests.Count} ingests " +
            $"(median {ingests.Order().ElementAt(ingests.Count / 2):F0} ms); {failures.Count} failed");
        output.WriteLine(string.Join(", ", byRoute.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}")));
        foreach (var failure in failures.Take(20)) output.WriteLine("FAILED " + failure);
        Assert.Equal(Rounds, ingests.Count);
        Assert.True(total >= Readers * Rounds, $"only {total} requests were made");
        Assert.Empty(failures);
        Assert.Equal($"Paris Call versi {Rounds}", Markup.Heading(await client.GetHtmlAsync("/articles/paris-call")));
    }

    /// <summary>Null when the answer is right: no 5xx; pages whole (end with &lt;/html&gt;) and their h1 agrees with their title.</summary>
    private static string? Check(string url, HttpStatusCode status, string body)
    {
        var isTransient = url.StartsWith("/articles/beban-", StringComparison.Ordinal);
        if (status == HttpStatusCode.NotFound && isTransient) return null; // added or deleted between the read of the round and the request
        if (status != HttpStatusCode.OK) return $"{url}: {(int)status}";
        if (url.StartsWith("/api/", StringComparison.Ordinal)) return body.TrimStart().StartsWith('{') ? null : $"{url}: not JSON";
        if (!body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal)) return $"{url}: page cut short ({body.Length} chars)";
        if (!url.StartsWith("/articles/", StringComparison.Ordinal)) return null;
        var heading = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(body, "<h1[^>]*>(.*?)</h1>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value.Trim());
        var title = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(body, "<title>(.*?)</title>").Groups[1].Value);
        return title == heading + " — Pustaka Diplomasi Siber" ? null : $"{url}: h1 '{heading}' but title '{title}'";
    }
}

using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Core.Tests.Ingest;

/// <summary>
/// The ingest remembers the store between runs by replaying its own writes in memory (<see cref="StoreSnapshot.After"/>)
/// instead of reading every row back: the replay must equal what a fresh read of the store finds.
/// </summary>
public sealed class StoreSnapshotTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();
    private static readonly DateTime Then = new(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);

    private sealed class FileDates : IDocumentDates
    {
        public (DateTime Updated, string Source) Resolve(string relativePath, DateTime fileLastWriteUtc, DateTime? frontMatter) =>
            frontMatter is { } date ? (date, GitDocumentDates.FrontMatter) : (fileLastWriteUtc, GitDocumentDates.File);
    }

    private static (ContentFile, ContentDocument) Parsed(string path, string text, DateTime? time = null)
    {
        var document = new ContentParser().Parse(path, path, text).Document!;
        return (new ContentFile(path, path, text, document.ContentHash, time ?? Then, text.Length), document);
    }

    private static string Article(string title, string? translation = null) =>
        $"---\ntitle: {title}\nsummary: S.\n{(translation is null ? "" : "translation: " + translation + "\n")}---\nTeks {title}.\n";

    private const string Term = "---\nterm: Istilah\nen: Term\naliases: [Nama lain]\n---\nDefinisi.\n";

    [Fact]
    public async Task Replaying_writes_in_memory_matches_reading_the_store_back()
    {
        var options = new DbContextOptionsBuilder<KnowledgeBaseDbContext>().UseSqlite($"Data Source={Path.Combine(_kb.Root, "s.db")}")
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
        await using var db = new KnowledgeBaseDbContext(options);
        await db.Database.MigrateAsync();
        var dates = new FileDates();
        var snapshot = await StoreSnapshot.LoadAsync(db, default);

        // First build: a term and two articles, one with a translation.
        var first = new StoreChanges([Parsed("glossary/istilah.md", Term), Parsed("articles/a.md", Article("A", "a-en")), Parsed("articles/b.md", Article("B"))],
            [], [], [], new Dictionary<string, string> { [BuildVersions.ContentVersion] = "v1" });
        snapshot = snapshot.After(await StoreWriter.WriteAsync(db, first, dates, default), [], [], [], first.Versions);
        Assert.Equal(Describe(await StoreSnapshot.LoadAsync(db, default)), Describe(snapshot));

        // Second: a edited (translation dropped), b deleted, the term touched only, c added, a's date moved by a commit.
        var reloaded = await StoreSnapshot.LoadAsync(db, default);
        var removed = reloaded.Documents.Where(d => d.RelativePath == "articles/b.md").ToList();
        var touched = Parsed("glossary/istilah.md", Term, Then.AddHours(1)).Item1;
        var second = new StoreChanges([Parsed("articles/a.md", Article("A baru")), Parsed("articles/c.md", Article("C"))], removed, [touched],
            [new DateChange(reloaded.ByPath["glossary/istilah.md"].Id, Then.AddDays(2), GitDocumentDates.Git)],
            new Dictionary<string, string> { [BuildVersions.ContentVersion] = "v2" });
        var inserted = await StoreWriter.WriteAsync(db, second, dates, default);
        snapshot = snapshot.After(inserted, removed.Select(r => r.RelativePath), second.Restamped, second.DateChanges, second.Versions);
        Assert.Equal(Describe(await StoreSnapshot.LoadAsync(db, default)), Describe(snapshot));
    }

    private static string Describe(StoreSnapshot snapshot) => string.Join("\n",
        snapshot.Documents.OrderBy(d => d.RelativePath, StringComparer.Ordinal).Select(d => d with { Updated = d.Updated?.ToUniversalTime() }).Select(d => d.ToString())
            .Concat(snapshot.TermsByPath.OrderBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => $"term {t.Key} {t.Value.Id} {t.Value.Slug} {string.Join(",", t.Value.Aliases.Select(a => a.Alias))} {string.Join(",", t.Value.Related)}"))
            .Concat(snapshot.Translations.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"translation {t.Key} {t.Value}"))
            .Concat(snapshot.BuildState.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"state {s.Key}={s.Value}")));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _kb.Dispose();
    }
}

using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Core.Tests.Store;

/// <summary>
/// The ingest writes rows with prepared SQL, the site reads them through EF: both must agree on every stored value
/// (enums, JSON lists, nullable columns), and the lists must not read what they do not show.
/// </summary>
public sealed class StoreRoundTripTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    private const string Term = "---\nterm: Badan Siber\nen: Cyber Agency\nabbr: BS\naliases: [Badan Sandi]\nrelated: [norma]\ntags: [indonesia]\nsources:\n  - id: p\n    title: Perpres\n    url: https://example.org/p\n---\nLembaga siber negara [@p].\n\n## Sejarah\n\nLihat [norma](norma.md).\n";
    private const string Article = "---\ntitle: Artikel\nsummary: Ringkas.\ntags: [diplomasi, pbb]\ntranslation: article-en\nfeatured: true\n---\n## Satu\n\nTeks dengan [istilah](../glossary/badan.md).\n\n### Dua\n\nLagi.\n";

    private KnowledgeBaseDbContext Open(string name)
    {
        var options = new DbContextOptionsBuilder<KnowledgeBaseDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_kb.Root, name)}").UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
        var db = new KnowledgeBaseDbContext(options);
        Directory.CreateDirectory(_kb.Root);
        db.Database.Migrate();
        return db;
    }

    private static (ContentFile, ContentDocument) Parsed(string relativePath, string text)
    {
        var document = new ContentParser().Parse(relativePath, relativePath, text).Document!;
        return (new ContentFile(relativePath, relativePath, text, document.ContentHash, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), text.Length), document);
    }

    private sealed class FixedDates : IDocumentDates
    {
        public (DateTime Updated, string Source) Resolve(string relativePath, DateTime fileLastWriteUtc, DateTime? frontMatter) => (fileLastWriteUtc, "file");
    }

    [Fact]
    public async Task Hand_written_inserts_and_ef_inserts_read_back_the_same()
    {
        var documents = new[] { Parsed("glossary/badan.md", Term), Parsed("articles/artikel.md", Article) };
        await using var written = Open("written.db");
        await StoreWriter.WriteAsync(written, new StoreChanges(documents, [], [], [], new Dictionary<string, string> { ["k"] = "v" }), new FixedDates(), default);
        await using var mapped = Open("mapped.db");
        foreach (var (file, document) in documents)
        {
            var row = DocumentMapping.ToStored(document, file.LastWriteUtc, "file", DateTime.UnixEpoch);
            row.FileLength = file.Length;
            row.FileModifiedTicks = file.LastWriteUtc.Ticks;
            mapped.Add(row);
        }
        await mapped.SaveChangesAsync();

        Assert.Equal(await DescribeAsync(mapped), await DescribeAsync(written));
        var term = await written.Terms.Include(t => t.Aliases).SingleAsync();
        Assert.Equal((DocumentKind.Term, "Cyber Agency", "BS", "norma"), (term.Kind, term.English, term.Abbreviation, string.Join(",", term.Related)));
        Assert.Equal(["Badan Sandi"], term.Aliases.Select(a => a.Alias));
        var article = await written.Articles.SingleAsync();
        Assert.Equal([(2, "satu", "Satu"), (3, "dua", "Dua")], article.Headings.Select(h => (h.Level, h.Id, h.Text)));
        Assert.Equal(DocumentKind.Term, (await written.Links.SingleAsync(l => l.TargetSlug == "badan")).TargetKind);
    }

    /// <summary>Every stored value that matters, as text, in a fixed order (ids and ingest time aside).</summary>
    private static async Task<string> DescribeAsync(KnowledgeBaseDbContext db)
    {
        var documents = await db.Documents.Include(d => d.Tags).Include(d => d.Sources).Include(d => d.Links).Include(d => ((GlossaryTerm)d).Aliases)
            .AsSplitQuery().OrderBy(d => d.RelativePath).ToListAsync();
        return string.Join("\n", documents.Select(d => string.Join(" | ",
            d.Kind, d.Slug, d.RelativePath, d.ContentHash, d.Title, d.Summary, d.Lang, d.Html, d.PlainText, d.WordCount,
            string.Join(",", d.Headings), d.Updated?.ToString("O"), d.UpdatedSource, d.FileLength, d.FileModifiedTicks,
            string.Join(",", d.Tags.Select(t => t.Tag).Order()), string.Join(",", d.Sources.OrderBy(s => s.Position).Select(s => s.Position + s.Title + s.Url)),
            string.Join(",", d.Links.OrderBy(l => l.Line).ThenBy(l => l.Column).Select(l => $"{l.TargetKind}:{l.TargetSlug}:{l.Url}@{l.Line}.{l.Column}")),
            d is Core.Store.Article a ? $"{a.Translation} {a.Featured}" : "",
            d is GlossaryTerm t ? $"{t.English} {t.Abbreviation} {t.DefinitionHtml} {t.DefinitionText} {string.Join(",", t.Related)} {string.Join(",", t.Aliases.Select(x => x.Alias))}" : "")));
    }

    [Fact]
    public async Task Article_lists_read_only_the_columns_a_card_shows()
    {
        var statements = new List<string>();
        var options = new DbContextOptionsBuilder<KnowledgeBaseDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_kb.Root, "lists.db")}").UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .LogTo(statements.Add, [DbLoggerCategory.Database.Command.Name], Microsoft.Extensions.Logging.LogLevel.Information).Options;
        await using var db = new KnowledgeBaseDbContext(options);
        await db.Database.MigrateAsync();
        statements.Clear();
        var cards = await new KnowledgeBaseReader(db).ListArticlesAsync();
        Assert.Empty(cards);
        var select = Assert.Single(statements, s => s.Contains("SELECT", StringComparison.Ordinal));
        Assert.DoesNotContain("\"Html\"", select);
        Assert.DoesNotContain("\"PlainText\"", select);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _kb.Dispose();
    }
}

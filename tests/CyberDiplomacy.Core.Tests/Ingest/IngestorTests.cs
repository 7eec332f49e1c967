namespace CyberDiplomacy.Core.Tests.Ingest;

public sealed class IngestorTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public IngestorTests()
    {
        _kb.Write("glossary/bssn.md", "---\nterm: Badan Siber dan Sandi Negara\nen: National Cyber and Crypto Agency\nabbr: BSSN\n---\nLembaga siber Indonesia.\n");
        _kb.Write("articles/lembaga.md", "---\ntitle: Lembaga Siber\nsummary: Tentang lembaga.\ntags: [indonesia]\n---\nBSSN mengurus persandian negara.\n");
        _kb.Write("articles/insiden.md", "---\ntitle: Insiden\nsummary: Tentang insiden.\n---\nSerangan terhadap pusat data. Lihat [lembaga](lembaga.md).\n");
    }

    [Fact]
    public async Task Second_ingest_parses_nothing_when_nothing_changed()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        var first = await host.IngestAsync();
        var second = await host.IngestAsync();
        Assert.Equal((3, 0), (first.Parsed, first.Errors));
        Assert.Equal((0, 3), (second.Parsed, second.Unchanged));
    }

    [Fact]
    public async Task Unchanged_content_is_ingested_without_writing_to_the_data_folder()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        var before = DataFolderSnapshot();

        var report = await host.IngestAsync();

        Assert.Equal(0, report.Parsed);
        Assert.Equal(before, DataFolderSnapshot());
    }

    /// <summary>Every file's path, size, time and hash, after closing connections (SQLite folds its log into the file then).</summary>
    private string DataFolderSnapshot()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return string.Join('\n', Directory.EnumerateFiles(_kb.Data, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("-shm", StringComparison.Ordinal) && !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("write.lock", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(_kb.Data, f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f).Ticks} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));
    }

    [Fact]
    public async Task Data_rendered_by_an_older_pipeline_is_rendered_again()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        var databases = host.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<CyberDiplomacy.Core.Store.KnowledgeBaseDbContext>>();
        await using (var db = await databases.CreateDbContextAsync())
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
                "UPDATE BuildStates SET Value = '1' WHERE Key = 'rendering'");
        }

        var report = await host.IngestAsync();

        Assert.Equal(3, report.Parsed);
        Assert.Equal(0, (await host.IngestAsync()).Parsed);
    }

    [Fact]
    public async Task Restart_on_existing_data_parses_nothing()
    {
        await using (var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data))
        {
            await host.IngestAsync();
        }
        await using var restarted = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        var report = await restarted.IngestAsync();
        Assert.Equal(0, report.Parsed);
        Assert.Contains(restarted.Search("persandian").Hits, h => h.Slug == "lembaga");
    }

    [Fact]
    public async Task Changed_file_is_reparsed_and_searchable()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        _kb.Write("articles/insiden.md", "---\ntitle: Insiden Ransomware\nsummary: Tentang insiden.\n---\nRansomware Brain Cipher menyerang pusat data.\n");
        var report = await host.IngestAsync();
        Assert.Equal(1, report.Parsed);
        Assert.Contains(host.Search("brain cipher").Hits, h => h.Slug == "insiden");
        var page = await host.ReadAsync(r => r.GetArticleAsync("insiden"));
        Assert.Equal("Insiden Ransomware", page!.Article.Title);
    }

    [Fact]
    public async Task Broken_save_keeps_the_last_good_version_serving()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        _kb.Write("articles/lembaga.md", "---\ntitle: [rusak\nsummary: x\n---\nTeks baru.\n");
        var report = await host.IngestAsync();
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("content/articles/lembaga.md", error.Path);
        Assert.Equal(1, report.Rejected);
        var page = await host.ReadAsync(r => r.GetArticleAsync("lembaga"));
        Assert.Equal("Lembaga Siber", page!.Article.Title);
        Assert.Contains(host.Search("persandian").Hits, h => h.Slug == "lembaga");
    }

    [Fact]
    public async Task Dangling_link_rejects_only_that_file()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        _kb.Write("articles/baru.md", "---\ntitle: Baru\nsummary: S\n---\nLihat [x](tidak-ada.md).\n");
        var report = await host.IngestAsync();
        Assert.Contains(report.Diagnostics, d => d.IsError && d.Path == "content/articles/baru.md" && d.Line == 5);
        Assert.Null(await host.ReadAsync(r => r.GetArticleAsync("baru")));
        Assert.NotNull(await host.ReadAsync(r => r.GetArticleAsync("insiden")));
    }

    [Fact]
    public async Task Editing_an_article_keeps_the_term_that_shares_its_slug()
    {
        _kb.Write("articles/bssn.md", "---\ntitle: BSSN\nsummary: Tentang BSSN.\n---\nBadan siber.\n");
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        _kb.Write("articles/bssn.md", "---\ntitle: BSSN\nsummary: Tentang BSSN.\n---\nBadan siber dan sandi.\n");
        Assert.Equal(1, (await host.IngestAsync()).Parsed);
        Assert.NotNull(await host.ReadAsync(r => r.GetTermAsync("bssn")));
        Assert.Equal(0, (await host.IngestAsync()).Parsed);
    }

    [Fact]
    public async Task A_file_saved_without_changes_is_not_parsed_again()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        var path = Path.Combine(_kb.Content, "articles", "insiden.md");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(5));

        var touched = await host.IngestAsync();
        var after = await host.IngestAsync();

        Assert.Equal((0, 3), (touched.Parsed, touched.Unchanged));
        Assert.Equal(touched.ContentVersion, after.ContentVersion);
        Assert.Equal(0, after.Parsed);
    }

    [Fact]
    public async Task An_edit_that_keeps_the_size_is_still_seen()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        var path = Path.Combine(_kb.Content, "articles", "insiden.md");
        var text = File.ReadAllText(path);
        _kb.Write("articles/insiden.md", text.Replace("pusat data", "pusat dana", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(2));

        var report = await host.IngestAsync();

        Assert.Equal(1, report.Parsed);
        Assert.Contains(host.Search("dana").Hits, h => h.Slug == "insiden");
    }

    [Fact]
    public async Task Deleting_a_linked_document_reports_the_unchanged_file_that_links_to_it_until_fixed()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        _kb.Delete("articles/lembaga.md");

        var deleted = await host.IngestAsync();
        var again = await host.IngestAsync();
        _kb.Write("articles/insiden.md", "---\ntitle: Insiden\nsummary: Tentang insiden.\n---\nSerangan terhadap pusat data.\n");
        var fixedReport = await host.IngestAsync();

        Assert.Contains(deleted.Diagnostics, d => d.IsError && d.Path == "content/articles/insiden.md" && d.Message.Contains("lembaga.md", StringComparison.Ordinal));
        Assert.Contains(again.Diagnostics, d => d.IsError && d.Path == "content/articles/insiden.md");
        Assert.Equal(0, again.Parsed);
        Assert.DoesNotContain(fixedReport.Diagnostics, d => d.IsError);
        Assert.Equal("Insiden", (await host.ReadAsync(r => r.GetArticleAsync("insiden")))!.Article.Title);
    }

    [Fact]
    public async Task Suggestions_follow_a_changed_title_but_survive_a_body_edit()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        var catalog = host.Get<CyberDiplomacy.Core.Search.SuggestionCatalog>();
        _kb.Write("articles/insiden.md", "---\ntitle: Insiden\nsummary: Tentang insiden.\n---\nSerangan baru terhadap pusat data.\n");
        await host.IngestAsync();
        Assert.Contains(catalog.Suggest("insi"), s => s.Url == "/articles/insiden");

        _kb.Write("articles/insiden.md", "---\ntitle: Peristiwa Siber\nsummary: Tentang insiden.\n---\nSerangan baru terhadap pusat data.\n");
        await host.IngestAsync();

        Assert.Contains(catalog.Suggest("peristiwa"), s => s.Url == "/articles/insiden" && s.Title == "Peristiwa Siber");
        Assert.DoesNotContain(catalog.Suggest("insi"), s => s.Url == "/articles/insiden");
    }

    [Fact]
    public async Task Deleted_file_leaves_store_and_index()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        _kb.Delete("articles/insiden.md");
        var report = await host.IngestAsync();
        Assert.Equal(1, report.Removed);
        Assert.Null(await host.ReadAsync(r => r.GetArticleAsync("insiden")));
        Assert.DoesNotContain(host.Search("pusat data").Hits, h => h.Slug == "insiden");
    }

    [Fact]
    public async Task New_alias_in_the_glossary_rerenders_the_articles_that_use_it()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        Assert.DoesNotContain("term-link", (await host.ReadAsync(r => r.GetArticleAsync("insiden")))!.Article.Html);
        _kb.Write("glossary/pusat-data.md", "---\nterm: Pusat data\nen: data centre\n---\nTempat server.\n");
        var report = await host.IngestAsync();
        Assert.True(report.Parsed >= 3, "a glossary change re-renders every article");
        var html = (await host.ReadAsync(r => r.GetArticleAsync("insiden")))!.Article.Html;
        Assert.Contains("href=\"/glossary/pusat-data\"", html);
    }

    [Fact]
    public async Task Backlinks_and_term_usage_come_from_links()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        var lembaga = await host.ReadAsync(r => r.GetArticleAsync("lembaga"));
        Assert.Contains(lembaga!.Backlinks, b => b.Slug == "insiden");
        Assert.Contains(lembaga.Terms, t => t.Slug == "bssn");
        var term = await host.ReadAsync(r => r.GetTermAsync("bssn"));
        var use = Assert.Single(term!.UsedIn);
        Assert.Equal("lembaga", use.Article.Slug);
        Assert.Contains("persandian", use.Sentence);
    }

    [Fact]
    public async Task Corrupt_database_is_rebuilt_from_content_at_start()
    {
        await using (var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data))
        {
            await host.IngestAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_kb.Data, "knowledge-base.db*")) File.Delete(file);
        await File.WriteAllTextAsync(Path.Combine(_kb.Data, "knowledge-base.db"), "this is not a database");
        await using var restarted = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        var report = await restarted.IngestAsync();
        Assert.True(report.FullRebuild);
        Assert.NotNull(await restarted.ReadAsync(r => r.GetArticleAsync("lembaga")));
    }

    [Fact]
    public async Task Deleted_index_is_rebuilt_from_content_at_start()
    {
        await using (var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data))
        {
            await host.IngestAsync();
        }
        Directory.Delete(Path.Combine(_kb.Data, "index"), recursive: true);
        await using var restarted = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        var report = await restarted.IngestAsync();
        Assert.True(report.FullRebuild);
        Assert.Contains(restarted.Search("persandian").Hits, h => h.Slug == "lembaga");
    }

    public void Dispose() => _kb.Dispose();
}

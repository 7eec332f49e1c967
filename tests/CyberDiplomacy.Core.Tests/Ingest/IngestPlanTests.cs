using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;

namespace CyberDiplomacy.Core.Tests.Ingest;

/// <summary>The ingest's decisions, from stamps and text alone: what is read, parsed, kept, removed or restamped.</summary>
public sealed class IngestPlanTests
{
    private static readonly DateTime Then = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static FileStamp Stamp(string path, long length = 10, DateTime? time = null) => new(path, length, time ?? Then);

    private static ContentFile File(string path, string text, long length = 10, DateTime? time = null) =>
        new(path, path, text, ContentParser.Hash(text), time ?? Then, length);

    private static StoredSummary Stored(int id, string path, string text) =>
        new(id, ContentPaths.KindOf(path), Path.GetFileNameWithoutExtension(path), path, ContentParser.Hash(text), 10, Then.Ticks, Then, "file", "id", path);

    private static StoreSnapshot Snapshot(IEnumerable<StoredSummary> documents, string contentVersion = "v1", string? glossaryVersion = null) =>
        new([.. documents], [], [], new Dictionary<string, string>
        {
            [BuildVersions.ContentVersion] = contentVersion,
            [BuildVersions.Rendering] = ContentParser.RenderingVersion,
            [BuildVersions.GlossaryVersion] = glossaryVersion ?? BuildVersions.Fingerprint(["glossary/t.md=" + ContentParser.Hash("term")]),
        });

    private static readonly StoredSummary[] Corpus = [Stored(1, "articles/a.md", "a"), Stored(2, "articles/b.md", "b"), Stored(3, "glossary/t.md", "term")];
    private static readonly FileStamp[] Scan = [Stamp("articles/a.md"), Stamp("articles/b.md"), Stamp("glossary/t.md")];

    [Fact]
    public void An_empty_store_rebuilds_everything()
    {
        var plan = new IngestPlan(Scan, new StoreSnapshot([], [], [], []), indexContentVersion: null);
        Assert.True(plan.FullRebuild);
        Assert.Equal(["glossary/t.md"], plan.TermsToRead.Select(f => f.RelativePath));
        plan.TermsRead([File("glossary/t.md", "term")]);
        Assert.Equal(["articles/a.md", "articles/b.md"], plan.ArticlesToRead.Select(f => f.RelativePath));
    }

    [Fact]
    public void Unchanged_stamps_read_and_parse_nothing_and_keep_everything()
    {
        var plan = new IngestPlan(Scan, Snapshot(Corpus), "v1");
        Assert.False(plan.FullRebuild);
        Assert.Empty(plan.TermsToRead);
        plan.TermsRead([]);
        Assert.False(plan.GlossaryChanged);
        Assert.Empty(plan.ArticlesToRead);
        plan.ArticlesRead([]);
        Assert.Equal(0, plan.ToParseCount);
        Assert.Equal(3, plan.Kept(new HashSet<string>()).Count);
        Assert.Empty(plan.Removed());
    }

    [Fact]
    public void A_touched_file_with_the_same_text_is_read_and_restamped_not_parsed()
    {
        var later = Then.AddMinutes(5);
        var plan = new IngestPlan([Stamp("articles/a.md", time: later), Scan[1], Scan[2]], Snapshot(Corpus), "v1");
        plan.TermsRead([]);
        Assert.Equal(["articles/a.md"], plan.ArticlesToRead.Select(f => f.RelativePath));
        plan.ArticlesRead([File("articles/a.md", "a", time: later)]);
        Assert.Empty(plan.ArticlesToParse);
        Assert.Equal(["articles/a.md"], plan.Restamped.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_changed_glossary_term_re_renders_every_article()
    {
        var plan = new IngestPlan([Scan[0], Scan[1], Stamp("glossary/t.md", length: 11)], Snapshot(Corpus), "v1");
        plan.TermsRead([File("glossary/t.md", "term 2", length: 11)]);
        Assert.True(plan.GlossaryChanged);
        Assert.Equal(["articles/a.md", "articles/b.md"], plan.ArticlesToRead.Select(f => f.RelativePath));
        plan.ArticlesRead([File("articles/a.md", "a"), File("articles/b.md", "b")]);
        Assert.Equal(3, plan.ToParseCount);
    }

    [Fact]
    public void A_deleted_file_is_removed_and_a_file_gone_before_reading_is_not_present()
    {
        var plan = new IngestPlan([Scan[0], Scan[2], Stamp("articles/c.md")], Snapshot(Corpus), "v1");
        plan.TermsRead([]);
        plan.ArticlesRead([]); // c.md vanished between the scan and the read
        Assert.Equal(["articles/b.md"], plan.Removed().Select(r => r.RelativePath));
        Assert.Contains("articles/c.md", plan.Vanished);
        Assert.DoesNotContain("articles/c.md", plan.Present);
    }

    [Fact]
    public void Store_and_index_at_different_versions_rebuild_everything()
    {
        var plan = new IngestPlan(Scan, Snapshot(Corpus), indexContentVersion: "v0");
        Assert.True(plan.FullRebuild);
        Assert.Equal(3, plan.TermsToRead.Count() + Scan.Count(s => !s.IsTerm));
    }

    [Fact]
    public void The_content_version_depends_on_accepted_and_kept_files_only()
    {
        var plan = new IngestPlan(Scan, Snapshot(Corpus), "v1");
        plan.TermsRead([]);
        plan.ArticlesRead([]);
        var unchanged = plan.ContentVersion([]);
        var edited = new ContentParser().Parse("articles/a.md", "a", "---\ntitle: A\nsummary: S\n---\nBaru.\n").Document!;
        Assert.NotEqual(unchanged, plan.ContentVersion([(File("articles/a.md", "---\ntitle: A\nsummary: S\n---\nBaru.\n"), edited)]));
        Assert.Equal(unchanged, new IngestPlan(Scan, Snapshot(Corpus), "v1").ContentVersion([]));
    }
}

using CyberDiplomacy.Core.Store;
using CyberDiplomacy.Core.Tests.Ingest;

namespace CyberDiplomacy.Core.Tests.Store;

/// <summary>
/// Way-finding read from the store after an ingest: an article's place in its topic (in its own language), the article
/// list grouped by topic, and a reading path's steps and positions.
/// </summary>
public sealed class WayfindingReaderTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public WayfindingReaderTests()
    {
        Article("dasar", "Dasar", "[dasar]", words: 450);
        Article("lanjut", "Lanjut", "[dasar]");
        Article("akhir", "Akhir", "[dasar]");
        Article("hukum", "Hukum", "[hukum]");
        _kb.Write("articles/en/basics.md", "---\ntitle: Basics\nsummary: The basics.\nlang: en\ntranslation: dasar\n---\nText.\n");
        _kb.Write("articles/dasar.md", File.ReadAllText(Path.Combine(_kb.Content, "articles/dasar.md")).Replace("tags:", "translation: basics\ntags:"));
    }

    /// <summary>Topics and a path over the articles; without them (kb check allows that) no article is in a topic.</summary>
    private void WriteTopicsAndPath()
    {
        _kb.Write("topics/pertama.md", "---\ntitle: Pertama\nsummary: Topik pertama.\norder: 1\narticles: [dasar, lanjut, akhir]\n---\nPengantar.\n");
        _kb.Write("topics/kedua.md", "---\ntitle: Kedua\nsummary: Topik kedua.\norder: 2\narticles: [hukum]\n---\nPengantar.\n");
        _kb.Write("paths/jalur.md", "---\ntitle: Jalur\nsummary: Jalur uji.\nsteps:\n  - article: hukum\n    why: Mulai dari hukum.\n"
            + "  - article: dasar\n    why: Lalu dasarnya.\n  - article: akhir\n    why: Terakhir.\n---\nTeks.\n");
    }

    private void Article(string slug, string title, string tags, int words = 20) =>
        _kb.Write($"articles/{slug}.md", $"---\ntitle: {title}\nsummary: Tentang {title}.\ntags: {tags}\n---\n"
            + string.Join(' ', Enumerable.Repeat("kata", words)) + "\n");

    private async Task<KnowledgeBaseHost> IngestedAsync(bool withTopics = true)
    {
        if (withTopics) WriteTopicsAndPath();
        var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        var report = await host.IngestAsync();
        Assert.Equal((0, 0), (report.Errors, report.Rejected));
        return host;
    }

    [Fact]
    public async Task An_articles_neighbours_follow_its_topics_reading_order()
    {
        await using var host = await IngestedAsync();

        var page = await host.ReadAsync(r => r.GetArticleAsync("lanjut"));

        Assert.Equal(("Pertama", 1), (page!.Trail!.Topic.Title, page.Trail.Position));
        Assert.Equal(["dasar", "lanjut", "akhir"], page.Trail.Articles.Select(a => a.Slug));
        Assert.Equal(("dasar", "akhir"), (page.Previous!.Slug, page.Next!.Slug));
        Assert.Null(page.OnPath);
    }

    [Fact]
    public async Task An_english_article_follows_its_translations_topic_in_english_where_it_can()
    {
        await using var host = await IngestedAsync();

        var page = await host.ReadAsync(r => r.GetArticleAsync("basics"));

        Assert.Equal(["basics", "lanjut", "akhir"], page!.Trail!.Articles.Select(a => a.Slug));
        Assert.Equal(["en", "id", "id"], page.Trail.Articles.Select(a => a.Lang));
        Assert.Null(page.Previous);
        Assert.Equal("lanjut", page.Next!.Slug);
    }

    [Fact]
    public async Task Without_topics_an_article_has_no_trail_and_keeps_its_tag_neighbours()
    {
        await using var host = await IngestedAsync(withTopics: false);

        var page = await host.ReadAsync(r => r.GetArticleAsync("dasar"));
        var groups = await host.ReadAsync<WayfindingReader, List<TopicGroup>>(w => w.ArticlesByTopicAsync());

        Assert.Null(page!.Trail);
        // By title among the Indonesian articles tagged "dasar": Akhir, Dasar, Lanjut.
        Assert.Equal(("akhir", "lanjut"), (page.Previous?.Slug, page.Next?.Slug));
        var none = Assert.Single(groups);
        Assert.Null(none.Topic);
        Assert.Equal(["Akhir", "Basics", "Dasar", "Hukum", "Lanjut"], none.Articles.Select(a => a.Title));
    }

    [Fact]
    public async Task The_article_list_is_grouped_in_topic_order_each_in_reading_order()
    {
        await using var host = await IngestedAsync();

        var groups = await host.ReadAsync<WayfindingReader, List<TopicGroup>>(w => w.ArticlesByTopicAsync());
        var english = await host.ReadAsync<WayfindingReader, List<TopicGroup>>(w => w.ArticlesByTopicAsync("en"));

        Assert.Equal(["Pertama", "Kedua"], groups.Select(g => g.Topic?.Title));
        Assert.Equal(["dasar", "basics", "lanjut", "akhir"], groups[0].Articles.Select(a => a.Slug));
        Assert.Equal(["basics"], english.Single().Articles.Select(a => a.Slug));
        Assert.Equal([3, 1], (await host.ReadAsync<WayfindingReader, List<TopicCard>>(w => w.ListTopicsAsync())).Select(t => t.ArticleCount));
    }

    [Fact]
    public async Task A_paths_steps_carry_reading_time_and_why_and_link_on_the_path()
    {
        await using var host = await IngestedAsync();

        var path = await host.ReadAsync<WayfindingReader, ReadingPathView?>(w => w.GetPathAsync("jalur"));

        Assert.Equal(["hukum", "dasar", "akhir"], path!.Steps.Select(s => s.Article.Slug));
        Assert.Equal([1, 2, 3], path.Steps.Select(s => s.Number));
        Assert.Equal("Lalu dasarnya.", path.Steps[1].Why);
        Assert.Equal(2, path.Steps[1].ReadingMinutes); // 450 words at 200 a minute
        Assert.Equal(1, path.Steps[0].ReadingMinutes);
        Assert.All(path.Steps, s => Assert.EndsWith("?path=jalur", s.Article.Url, StringComparison.Ordinal));
        Assert.Null(await host.ReadAsync<WayfindingReader, ReadingPathView?>(w => w.GetPathAsync("tidak-ada")));
    }

    [Fact]
    public async Task An_article_opened_from_a_path_knows_its_step_and_the_steps_around_it()
    {
        await using var host = await IngestedAsync();

        var middle = (await host.ReadAsync(r => r.GetArticleAsync("dasar", "jalur")))!.OnPath!;
        var last = (await host.ReadAsync(r => r.GetArticleAsync("akhir", "jalur")))!.OnPath!;

        Assert.Equal((2, 3, "/articles/hukum?path=jalur", "/articles/akhir?path=jalur"), (middle.Number, middle.Count, middle.Previous!.Url, middle.Next!.Url));
        Assert.Equal((3, null), (last.Number, last.Next));
        Assert.Null((await host.ReadAsync(r => r.GetArticleAsync("lanjut", "jalur")))!.OnPath); // not a step
        Assert.Null((await host.ReadAsync(r => r.GetArticleAsync("dasar", "tidak-ada")))!.OnPath);
        Assert.Null((await host.ReadAsync(r => r.GetArticleAsync("dasar", "../jalur")))!.OnPath);
    }

    public void Dispose() => _kb.Dispose();
}

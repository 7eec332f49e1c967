using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Search;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>
/// Merging the index into one segment (after a cold build) changes how fast it is read, never what it holds: the same
/// documents, the same commit data, a reopened index that serves the build without re-indexing.
/// </summary>
public sealed class IndexCompactionTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();
    private string Folder => Path.Combine(_kb.Root, "index");

    [Fact]
    public void A_build_in_several_segments_is_merged_into_one_holding_the_same_documents_and_version()
    {
        using (var index = new SearchIndex(FSDirectory.Open(Folder), NullLogger<SearchIndex>.Instance))
        {
            // Each commit flushes a segment of its own, as the indexing threads of a cold build do.
            for (var batch = 0; batch < 4; batch++)
            {
                index.Apply(new IndexChanges(false, [], [.. Enumerable.Range(batch * 10, 10).Select(Document)], $"v{batch}"));
            }
            Assert.True(index.SegmentCount >= 4);
            Assert.True(index.IsFragmented);
            var before = Keys(index);

            index.Compact();

            Assert.Equal(1, index.SegmentCount);
            Assert.False(index.IsFragmented);
            Assert.Equal(before, Keys(index));
            Assert.Equal("v3", index.CommittedContentVersion);
        }
        using var reopened = new SearchIndex(FSDirectory.Open(Folder), NullLogger<SearchIndex>.Instance);
        Assert.Equal((1, 40, "v3"), (reopened.SegmentCount, reopened.DocumentCount, reopened.CommittedContentVersion));
    }

    [Fact]
    public void A_save_into_a_merged_index_does_not_ask_for_another_merge()
    {
        using var index = new SearchIndex(FSDirectory.Open(Folder), NullLogger<SearchIndex>.Instance);
        index.Apply(new IndexChanges(false, [], [.. Enumerable.Range(0, 40).Select(Document)], "v1"));
        index.Apply(new IndexChanges(false, [], [.. Enumerable.Range(40, 40).Select(Document)], "v2"));
        Assert.True(index.IsFragmented);
        index.Compact();

        index.Apply(new IndexChanges(false, [], [Document(80)], "v3"));

        Assert.Equal(2, index.SegmentCount);
        Assert.False(index.IsFragmented);
        Assert.Equal(81, index.DocumentCount);
    }

    private static SortedSet<string> Keys(SearchIndex index) => index.Read(searcher =>
    {
        var top = searcher.Search(new MatchAllDocsQuery(), 1000);
        return new SortedSet<string>(top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Key)), StringComparer.Ordinal);
    });

    private static SearchDocument Document(int i) =>
        new(DocumentKind.Article, $"artikel-{i:000}", "id", $"Artikel {i}", [], [], "ringkasan", $"isi artikel nomor {i}", []);

    public void Dispose() => _kb.Dispose();
}

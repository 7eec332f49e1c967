using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>A live edit rescans only the files the watcher named; the result must equal a full scan.</summary>
public sealed class ContentSourceTests
{
    [Fact]
    public void Rescanning_the_changed_files_gives_what_a_full_scan_gives()
    {
        using var kb = new TempKnowledgeBase();
        kb.Write("articles/a.md", "satu");
        var gone = kb.Write("articles/b.md", "dua");
        var source = new ContentSource(kb.Content);
        var before = source.Scan();

        var edited = kb.Write("articles/a.md", "satu, lebih panjang");
        var added = kb.Write("glossary/c.md", "tiga");
        File.Delete(gone);
        var outside = kb.Write("catatan.md", "bukan konten");
        var rescanned = source.Rescan(before, [edited, added, gone, outside]);

        Assert.Equal(source.Scan(), rescanned);
        Assert.Equal(["articles/a.md", "glossary/c.md"], rescanned.Select(s => s.RelativePath));
    }
}

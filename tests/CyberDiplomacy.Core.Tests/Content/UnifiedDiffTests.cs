using CyberDiplomacy.Core.Content.Terminology;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>The diff kb check --fix shows: what diff -u prints for lines edited in place.</summary>
public sealed class UnifiedDiffTests
{
    private static string Numbered(int count, params (int Line, string Text)[] edits) =>
        string.Concat(Enumerable.Range(1, count).Select(i => (edits.FirstOrDefault(e => e.Line == i).Text ?? $"baris {i}") + "\n"));

    [Fact]
    public void Changes_far_apart_get_a_hunk_each_with_three_lines_of_context()
    {
        var diff = UnifiedDiff.Create("content/articles/a.md", Numbered(20), Numbered(20, (2, "dua"), (15, "lima belas")));

        Assert.Equal(
            "--- a/content/articles/a.md\n+++ b/content/articles/a.md\n" +
            "@@ -1,5 +1,5 @@\n baris 1\n-baris 2\n+dua\n baris 3\n baris 4\n baris 5\n" +
            "@@ -12,7 +12,7 @@\n baris 12\n baris 13\n baris 14\n-baris 15\n+lima belas\n baris 16\n baris 17\n baris 18\n",
            diff);
    }

    [Fact]
    public void Changes_whose_context_touches_share_a_hunk()
    {
        var diff = UnifiedDiff.Create("x.md", Numbered(12), Numbered(12, (3, "tiga"), (9, "sembilan")));

        Assert.Single(diff.Split('\n'), l => l.StartsWith("@@", StringComparison.Ordinal));
        Assert.Contains("@@ -1,12 +1,12 @@", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_line_without_a_newline_is_marked_as_diff_marks_it()
    {
        var diff = UnifiedDiff.Create("x.md", "a\nb", "a\nc");

        Assert.EndsWith("@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void No_change_is_no_diff()
    {
        Assert.Equal("", UnifiedDiff.Create("x.md", "a\n", "a\n"));
    }
}

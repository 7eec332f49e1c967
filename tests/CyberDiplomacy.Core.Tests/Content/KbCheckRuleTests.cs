using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>
/// One fixture folder per <c>kb check</c> rule (Fixtures/Check/RULE/content/…) with expected.txt naming the
/// <c>path:line</c> and a piece of the message the rule must report.
/// </summary>
public sealed class KbCheckRuleTests
{
    public static TheoryData<string> Rules() => new(Directory.GetDirectories(TestPaths.Fixture("Check")).Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_reports_the_expected_path_and_line(string rule)
    {
        var folder = TestPaths.Fixture("Check", rule);
        var expected = File.ReadAllText(Path.Combine(folder, "expected.txt")).Trim().Split('\t');
        var result = new ContentChecker(new ContentSource(Path.Combine(folder, "content")), new ContentParser()).Check();
        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.True(lines.Any(l => l.StartsWith(expected[0] + ":", StringComparison.Ordinal) && l.Contains(expected[1], StringComparison.Ordinal)),
            $"expected '{expected[0]}: … {expected[1]}' among:\n{string.Join('\n', lines)}");
    }

    [Fact]
    public void Every_rule_has_a_fixture() => Assert.True(Rules().Count >= 14);

    [Fact]
    public void A_broken_file_is_one_error_not_one_per_link_to_it()
    {
        using var kb = new TempKnowledgeBase();
        kb.Write("articles/rusak.md", "---\ntitle: \"tidak ditutup\nsummary: S\n---\nTeks.\n");
        kb.Write("articles/a.md", "---\ntitle: A\nsummary: S\n---\nLihat [rusak](rusak.md).\n");
        kb.Write("glossary/b.md", "---\nterm: B\nen: b\n---\nLihat [rusak](../articles/rusak.md).\n");
        var result = new ContentChecker(new ContentSource(kb.Content), new ContentParser()).Check();
        Assert.Equal("content/articles/rusak.md", Assert.Single(result.Diagnostics).Path);
    }

    [Fact]
    public void The_shipped_content_is_clean()
    {
        var result = new ContentChecker(new ContentSource(TestPaths.RepositoryContent), new ContentParser()).Check();
        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
    }
}

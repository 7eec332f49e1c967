using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Validation;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>
/// One fixture folder per <c>kb check</c> rule (Fixtures/Check/NAME/content/…) with expected.txt naming the
/// <c>path:line:col</c> and the code the rule must report there.
/// </summary>
public sealed class KbCheckRuleTests
{
    private static IEnumerable<string> FixtureNames() => Directory.GetDirectories(TestPaths.Fixture("Check")).Select(Path.GetFileName).OfType<string>().Order();

    public static TheoryData<string> Fixtures() => new(FixtureNames());

    private static string[] Expected(string fixture) => File.ReadAllText(Path.Combine(TestPaths.Fixture("Check", fixture), "expected.txt")).Trim().Split('\t');

    private static ContentChecker.Result Check(string fixture) =>
        new ContentChecker(new ContentSource(Path.Combine(TestPaths.Fixture("Check", fixture), "content")), new ContentParser()).Check();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Rule_reports_its_code_at_the_expected_position(string fixture)
    {
        var (position, code) = (Expected(fixture)[0], Expected(fixture)[1]);
        var diagnostics = Check(fixture).Diagnostics;
        Assert.True(diagnostics.Any(d => $"{d.Path}:{d.Line}:{d.Column}" == position && d.Code == code),
            $"expected {code} at {position} among:\n{string.Join('\n', diagnostics)}");
    }

    [Fact]
    public void Every_rule_has_a_fixture_that_reports_it()
    {
        // KB017 reports an exception no known input raises (a bug in a dependency): nothing to write a fixture for.
        var covered = FixtureNames().Select(f => Expected(f)[1]).ToHashSet();
        var missing = DiagnosticRules.All.Where(r => r != DiagnosticRules.Unparsable && !covered.Contains(r.Code)).Select(r => r.Code).ToList();
        Assert.True(missing.Count == 0, "rules without a fixture: " + string.Join(", ", missing));
    }

    [Fact]
    public void Codes_are_unique_and_documented()
    {
        Assert.Equal(DiagnosticRules.All.Count, DiagnosticRules.All.Select(r => r.Code).Distinct().Count());
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryContent, "..", "docs", "content-format.md"));
        Assert.All(DiagnosticRules.All, r => Assert.Contains(r.Code, docs));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Check_and_build_report_the_same_diagnostics_in_the_same_order(string fixture)
    {
        using var kb = new TempKnowledgeBase();
        CopyDirectory(Path.Combine(TestPaths.Fixture("Check", fixture), "content"), kb.Content);
        var checkedLines = new ContentChecker(new ContentSource(kb.Content), new ContentParser()).Check().Diagnostics.Select(d => d.ToString()).ToList();
        await using var host = await Ingest.KnowledgeBaseHost.OpenAsync(kb.Content, kb.Data);
        var built = await host.IngestAsync();
        Assert.Equal(checkedLines, built.Diagnostics.Select(d => d.ToString()).ToList());
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

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

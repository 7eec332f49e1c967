using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>
/// The fixture corpus (tests/fixtures/content) that the Core, Web and browser code tests run on: valid for
/// <c>kb check</c>, and small enough that each test class can ingest it in well under a second.
/// </summary>
public sealed class FixtureCorpusTests
{
    [Fact]
    public void The_fixture_corpus_is_clean()
    {
        var result = new ContentChecker(new ContentSource(TestPaths.FixtureContent), new ContentParser()).Check();
        // A review date only ages: that warning says when the fixture was written, not whether the code works.
        var problems = result.Diagnostics.Where(d => !d.Message.Contains("last reviewed", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_fixture_corpus_stays_small()
    {
        var files = new ContentSource(TestPaths.FixtureContent).ReadAll();
        Assert.InRange(files.Count, 30, 55);
    }
}

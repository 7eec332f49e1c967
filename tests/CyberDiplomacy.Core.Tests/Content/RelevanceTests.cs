using Xunit.Abstractions;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>The shipped content/ indexed once, for the relevance suite.</summary>
public sealed class ShippedContentIndex() : ContentIndex(TestPaths.RepositoryContent);

/// <summary>
/// A content test: realistic reader queries (relevance-queries.tsv) against the shipped content, so it measures how
/// findable the editors' articles are, and its queries follow the content. MRR@10 must stay ≥ 0.9.
/// </summary>
public sealed class RelevanceTests(ShippedContentIndex index, ITestOutputHelper output) : IClassFixture<ShippedContentIndex>
{
    private sealed record Case(string Query, string[] Expected);

    private static List<Case> Cases() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Content", "relevance-queries.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => new Case(p[0], p[1].Split('|')))
            .ToList();

    [Fact]
    public void Suite_has_at_least_forty_queries() => Assert.True(Cases().Count >= 40);

    [Fact]
    public void Mean_reciprocal_rank_at_10_is_at_least_0_9()
    {
        var cases = Cases();
        double reciprocalSum = 0;
        var hitsAt3 = 0;
        foreach (var c in cases)
        {
            var hits = index.Host.Search(c.Query).Hits;
            var ranked = hits.Select(h => h.Type + ":" + h.Slug).ToList();
            var rank = ranked.FindIndex(r => c.Expected.Contains(r)) + 1;
            if (rank is > 0 and <= 10) reciprocalSum += 1.0 / rank;
            if (rank is > 0 and <= 3) hitsAt3++;
            output.WriteLine($"{(rank == 0 ? "-" : rank.ToString(System.Globalization.CultureInfo.InvariantCulture)),2}  {c.Query,-40} top: {string.Join(", ", ranked.Take(3))}");
        }
        var mrr = reciprocalSum / cases.Count;
        output.WriteLine($"MRR@10 = {mrr:F3}; hits@3 = {hitsAt3}/{cases.Count} ({100.0 * hitsAt3 / cases.Count:F1}%)");
        Assert.True(mrr >= 0.9, $"MRR@10 {mrr:F3} < 0.9 (see output)");
    }
}

using System.Globalization;
using Xunit.Abstractions;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>The shipped content/ indexed once, for the relevance suite.</summary>
public sealed class ShippedContentIndex() : ContentIndex(TestPaths.RepositoryContent);

/// <summary>
/// A content test: realistic reader queries (relevance-queries.tsv) against the shipped content, so it measures how
/// findable the editors' articles are, and its queries follow the content. Documents: MRR@10 must stay ≥ 0.95.
/// Questions (a third column naming the section that answers, <c>article:slug#anchor</c> or <c>document:slug#anchor</c>): the answer card must link
/// to that section for at least 80% of them.
/// </summary>
public sealed class RelevanceTests(ShippedContentIndex index, ITestOutputHelper output) : IClassFixture<ShippedContentIndex>
{
    private const double MinMrr = 0.95;
    private const double MinAnswerAccuracy = 0.8;

    private sealed record Case(string Query, string[] Expected, string[] Answers);

    private static List<Case> Cases() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Content", "relevance-queries.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => new Case(p[0], p[1].Split('|'), p.Length > 2 ? p[2].Split('|') : []))
            .ToList();

    [Fact]
    public void Suite_has_at_least_a_hundred_queries_and_thirty_questions()
    {
        var cases = Cases();
        Assert.True(cases.Count >= 100, $"{cases.Count} queries");
        Assert.True(cases.Count(c => c.Answers.Length > 0) >= 30, $"{cases.Count(c => c.Answers.Length > 0)} questions");
    }

    /// <summary>An expected answer that names no heading of the shipped article would make the suite measure nothing.</summary>
    [Fact]
    public void Every_expected_answer_is_a_section_of_the_shipped_content()
    {
        foreach (var answer in Cases().SelectMany(c => c.Answers))
        {
            var (folder, slug, anchor) = SplitAnswer(answer);
            var path = Path.Combine(index.Content, folder, slug + ".md");
            Assert.True(File.Exists(path), $"{answer}: no article {slug}");
            var markdown = File.ReadAllText(path);
            var body = markdown[(markdown.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];
            Assert.Contains(anchor, Markdown.MarkupVerifier.Parse(body).Document!.Headings.Select(h => h.Id));
        }
    }

    [Fact]
    public void Mean_reciprocal_rank_and_answer_accuracy_stay_above_their_floors()
    {
        var cases = Cases();
        double reciprocalSum = 0;
        var hitsAt3 = 0;
        var (questions, answered, right) = (0, 0, 0);
        foreach (var c in cases)
        {
            var results = index.Host.Search(c.Query);
            var ranked = results.Hits.Select(h => h.Type + ":" + h.Slug).ToList();
            var rank = ranked.FindIndex(r => c.Expected.Contains(r)) + 1;
            if (rank is > 0 and <= 10) reciprocalSum += 1.0 / rank;
            if (rank is > 0 and <= 3) hitsAt3++;
            var line = $"{(rank == 0 ? "-" : rank.ToString(CultureInfo.InvariantCulture)),2}  {c.Query,-45} top: {string.Join(", ", ranked.Take(3))}";
            if (c.Answers.Length > 0)
            {
                questions++;
                var answer = results.Answer is { Source: "section" } a ? AsKey(a.Url) : null;
                if (answer is not null) answered++;
                var correct = answer is not null && c.Answers.Contains(answer);
                if (correct) right++;
                line += $"\n      answer {(correct ? "ok" : "WRONG")}: {answer ?? "none"} — {Truncate(results.Answer?.Text)}";
            }
            output.WriteLine(line);
        }
        var mrr = reciprocalSum / cases.Count;
        var accuracy = questions == 0 ? 0 : (double)right / questions;
        output.WriteLine($"MRR@10 = {mrr:F3}; hits@3 = {hitsAt3}/{cases.Count} ({100.0 * hitsAt3 / cases.Count:F1}%)");
        output.WriteLine($"answer top-1 accuracy = {accuracy:F3} ({right}/{questions}; {answered} answered, {answered - right} wrong, {questions - answered} none)");
        Assert.True(mrr >= MinMrr, $"MRR@10 {mrr:F3} < {MinMrr} (see output)");
        Assert.True(accuracy >= MinAnswerAccuracy, $"answer accuracy {accuracy:F3} < {MinAnswerAccuracy} (see output)");
    }

    /// <summary>"/articles/uu-pdp#sanksi" → "article:uu-pdp#sanksi"; a primary document's section answers too.</summary>
    private static string AsKey(string url)
    {
        var parts = url.Split('/', 3, StringSplitOptions.RemoveEmptyEntries);
        return (parts[0] == "documents" ? "document:" : "article:") + Uri.UnescapeDataString(parts[1]);
    }

    private static (string Folder, string Slug, string Anchor) SplitAnswer(string answer)
    {
        var colon = answer.IndexOf(':', StringComparison.Ordinal);
        var hash = answer.IndexOf('#', StringComparison.Ordinal);
        return (answer[..colon] == "document" ? "documents" : "articles", answer[(colon + 1)..hash], answer[(hash + 1)..]);
    }

    private static string Truncate(string? text) => text is null ? "" : text.Length > 90 ? text[..90] + "…" : text;
}

using System.Text.RegularExpressions;
using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>
/// The shipped content as a reference people can cite: enough of it, every article sourced (with a primary source)
/// and reviewed, no editor's hedges or template sentences, no sentence written twice. (Citations themselves — unknown
/// ids, uncited sources, uncited facts — are kb check rules: KbCheckRuleTests.The_shipped_content_is_clean.)
/// </summary>
public sealed partial class CitableContentTests
{
    private static readonly Lazy<IReadOnlyList<ContentDocument>> Documents = new(() =>
    {
        var (_, checkedContent) = new ContentPipeline(new ContentParser(), new ContentSource(TestPaths.RepositoryContent)).CheckAll();
        return [.. checkedContent.Accepted.Select(d => d.Document)];
    });

    private static IEnumerable<ContentDocument> Articles => Documents.Value.Where(d => d.Kind == DocumentKind.Article);

    [Fact]
    public void There_are_45_indonesian_articles_10_paired_english_ones_and_100_terms()
    {
        var articles = Articles.ToDictionary(a => a.Slug);
        Assert.True(articles.Values.Count(a => a.Lang == "id") >= 45, "Indonesian articles: " + articles.Values.Count(a => a.Lang == "id"));
        var paired = articles.Values.Where(a => a.Lang == "en" && a.Translation is { } other && articles.TryGetValue(other, out var id)
            && id.Lang == "id" && id.Translation == a.Slug).ToList();
        Assert.True(paired.Count >= 10, "paired English articles: " + paired.Count);
        Assert.True(Documents.Value.Count(d => d.Kind == DocumentKind.Term) >= 100);
    }

    [Fact]
    public void Every_article_has_three_sources_one_of_them_primary_and_a_review_date()
    {
        var problems = Articles.Where(a => a.Sources.Count < 3 || !a.Sources.Any(s => s.Primary) || a.Reviewed is null)
            .Select(a => $"{a.RelativePath}: {a.Sources.Count} sources, {a.Sources.Count(s => s.Primary)} primary, reviewed {a.Reviewed}").ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void No_editors_hedge_or_template_introduction_reaches_the_reader()
    {
        var problems = Documents.Value.SelectMany(d => Hedges().Matches(d.PlainText).Select(m => $"{d.RelativePath}: '{m.Value}'")).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Norm_c_is_rendered_one_way_knowingly_as_secara_sadar()
    {
        var problems = Documents.Value.Where(d => d.PlainText.Contains("dengan sengaja membiarkan", StringComparison.OrdinalIgnoreCase)).Select(d => d.RelativePath).ToList();
        Assert.True(problems.Count == 0, "norm (c) written as 'dengan sengaja' in: " + string.Join(", ", problems));
    }

    [Fact]
    public void No_sentence_of_ten_words_or_more_appears_in_two_files()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeated = new List<string>();
        foreach (var document in Documents.Value.OrderBy(d => d.RelativePath, StringComparer.Ordinal))
        {
            foreach (var sentence in SentenceEnd().Split(document.PlainText).Select(Normalise).Where(s => s.Split(' ').Length >= 10).Distinct())
            {
                if (!seen.TryAdd(sentence, document.RelativePath)) repeated.Add($"{seen[sentence]} and {document.RelativePath}: {sentence}");
            }
        }
        Assert.True(repeated.Count == 0, string.Join('\n', repeated));
    }

    private static string Normalise(string sentence) => string.Join(' ', Word().Matches(sentence.ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"belum dapat dipastikan|tidak dapat dipastikan|belum dapat dikonfirmasi|menurut satu sumber|\bkonon\b|disebut-sebut|artikel ini (menjelaskan|membahas|merangkum)", RegexOptions.IgnoreCase)]
    private static partial Regex Hedges();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n\s*\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}

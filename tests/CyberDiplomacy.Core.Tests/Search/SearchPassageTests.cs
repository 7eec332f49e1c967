using CyberDiplomacy.Core.Search;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>Passages under a hit and answer cards for questions, on the fixture corpus (tests/fixtures/content).</summary>
public sealed class SearchPassageTests(FixtureContentIndex index) : IClassFixture<FixtureContentIndex>
{
    private SearchResults Run(string q, string? type = null) => index.Host.Get<SearchService>().Search(new SearchRequest(q, type));

    private static HashSet<string> Anchors(string contentFolder, string slug)
    {
        var markdown = File.ReadAllText(Path.Combine(contentFolder, "articles", slug + ".md"));
        var body = markdown[(markdown.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];
        return Markdown.MarkupVerifier.Parse(body).Document!.Headings.Select(h => h.Id).ToHashSet();
    }

    [Theory]
    [InlineData("masa penyesuaian UU PDP", "uu-pdp", "masa-penyesuaian")]
    [InlineData("kronologi serangan PDNS", "insiden-pdns-2024", "kronologi")]
    [InlineData("edisi kedua Tallinn Manual", "tallinn-manual", "dua-edisi")]
    public void An_article_hit_links_first_to_the_section_that_holds_the_words(string query, string slug, string anchor)
    {
        var hit = Run(query).Hits.First(h => h.Type == "article" && h.Slug == slug);
        Assert.InRange(hit.Sections.Count, 1, 3);
        Assert.Equal($"/articles/{slug}#{anchor}", hit.Sections[0].Url);
        Assert.Contains("<mark>", hit.Sections[0].Snippet);
        Assert.All(hit.Sections, s => Assert.Contains(s.Url.Split('#')[1], Anchors(index.Content, slug)));
    }

    [Fact]
    public void Sections_are_never_hits_of_their_own_nor_counted()
    {
        var results = Run("siber");
        Assert.DoesNotContain(results.Hits, h => h.Url.Contains('#'));
        Assert.Equal(results.Total, results.Facets.Types.Values.Sum());
        Assert.Equal(results.Total, Run("siber", type: "article").Facets.Types.Values.Sum());
        Assert.All(results.Hits.Where(h => h.Type == "term"), h => Assert.Empty(h.Sections));
    }

    [Theory]
    [InlineData("kapan UU 27/2022 mengikat", "/articles/uu-pdp#masa-penyesuaian", "2024")]
    [InlineData("UU 27/2022 mengikat sejak kapan", "/articles/uu-pdp#masa-penyesuaian", "2024")] // the question word last
    [InlineData("kapan edisi kedua Tallinn Manual terbit", "/articles/tallinn-manual#dua-edisi", "2017")]
    [InlineData("berapa instansi terdampak serangan PDNS", "/articles/insiden-pdns-2024#kronologi", "282")]
    public void A_question_is_answered_by_the_sentence_that_holds_what_it_asks(string query, string url, string expected)
    {
        var answer = Run(query).Answer;
        Assert.NotNull(answer);
        Assert.Equal(("section", url), (answer.Source, answer.Url));
        Assert.Contains(expected, answer.Text);
        Assert.DoesNotContain("[@", answer.Text);
    }

    [Fact]
    public void Asking_what_a_term_is_answers_with_its_definition()
    {
        var results = Run("apa itu uji tuntas");
        Assert.Equal(("term", "/glossary/uji-tuntas"), (results.Answer?.Source, results.Answer?.Url));
        Assert.Equal(results.Card?.Definition, results.Answer?.Text);
    }

    [Theory]
    [InlineData("UU PDP")] // not a question
    [InlineData("kapan perundingan jaringan")] // a question nothing answers
    [InlineData("siapa")] // only the question word
    public void No_answer_rather_than_a_wrong_one(string query) => Assert.Null(Run(query).Answer);

    [Theory]
    [InlineData("kapan UU PDP berlaku", AnswerKind.Date)]
    [InlineData("UU PDP berlaku kapan", AnswerKind.Date)]
    [InlineData("tahun berapa Konvensi Budapest", AnswerKind.Date)]
    [InlineData("siapa ketua OEWG", AnswerKind.Person)]
    [InlineData("berapa denda UU PDP", AnswerKind.Number)]
    [InlineData("how many norms", AnswerKind.Number)]
    [InlineData("apa yang dimaksud dengan uji tuntas", AnswerKind.Definition)]
    [InlineData("what is cyber diplomacy", AnswerKind.Definition)]
    [InlineData("mengapa atribusi sulit", AnswerKind.Reason)]
    [InlineData("bagaimana BSSN bekerja", AnswerKind.Manner)]
    public void Question_words_tell_the_kind_of_answer(string query, AnswerKind kind)
    {
        var question = Question.Detect(query);
        Assert.Equal(kind, question?.Kind);
        Assert.DoesNotContain(query.Split(' ')[0].ToLowerInvariant() is "kapan" or "siapa" or "berapa" ? query.Split(' ')[0] : "\0", question!.Words);
    }

    [Theory]
    [InlineData("diplomasi siber")]
    [InlineData("WHO cyber")] // the organisation, in capitals
    public void Other_queries_are_no_question(string query) => Assert.Null(Question.Detect(query));
}

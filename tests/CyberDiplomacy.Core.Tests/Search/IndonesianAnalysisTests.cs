using CyberDiplomacy.Core.Search;
using Lucene.Net.Analysis.TokenAttributes;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>Pins the stems of the Indonesian analyzer on the shipped rules (content/search/*.txt).</summary>
public sealed class IndonesianAnalysisTests : IDisposable
{
    private readonly SearchAnalyzers _analyzers = new(StemmingRules.Load(TestPaths.RepositoryContent, []));

    private string Stem(string word) => Assert.Single(Tokens(SearchFields.Body, word));

    private List<string> Tokens(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = _analyzers.For(field).GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    [Theory]
    [InlineData("berdiplomasi", "diplomasi")]
    [InlineData("peretas", "peretasan")]
    [InlineData("peretas", "meretas")]
    [InlineData("perundingan", "berunding")]
    [InlineData("perundingan", "runding")]
    [InlineData("menipu", "penipuan")]
    [InlineData("menyerang", "serangan")]
    [InlineData("kepercayaan", "percaya")]
    [InlineData("memakai", "dipakai")]
    [InlineData("kedaulatan", "berdaulat")]
    [InlineData("pelindungan", "perlindungan")]
    [InlineData("terbuka", "membuka")]
    [InlineData("Kementerian", "menteri")]
    public void Derivational_forms_meet_their_base(string a, string b) => Assert.Equal(Stem(a), Stem(b));

    [Theory]
    [InlineData("pertahanan", "tahanan")]
    [InlineData("pemerintah", "perintah")]
    [InlineData("perang", "rang")]
    public void Unrelated_words_stay_apart(string a, string b) => Assert.NotEqual(Stem(a), Stem(b));

    [Theory]
    [InlineData("diplomasi")]
    [InlineData("digital")]
    [InlineData("diskusi")]
    [InlineData("diplomat")]
    [InlineData("pemerintah")]
    [InlineData("media")]
    [InlineData("teknologi")]
    [InlineData("ransomware")]
    [InlineData("phishing")]
    public void Loanwords_and_protected_words_are_not_mangled(string word) => Assert.Equal(word, Stem(word));

    [Fact]
    public void Stop_words_do_not_reach_the_index() => Assert.Equal(["diplomasi", "siber"], Tokens(SearchFields.Body, "apa itu diplomasi siber yang"));

    [Theory]
    [InlineData("UU 27/2022", new[] { "uu", "27", "2022" })]
    [InlineData("ISO/IEC 27001", new[] { "iso", "iec", "27001" })]
    [InlineData("A/70/174", new[] { "a", "70", "174" })]
    public void Numbers_and_identifiers_stay_searchable_in_the_exact_field(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(SearchFields.BodyExact, text));

    [Fact]
    public void Glossary_words_become_roots_unless_derived()
    {
        var rules = StemmingRules.Create([], [], null, ["retas"], ["siberia", "peretasan"]);
        Assert.True(rules.Stemmer.IsRoot("siberia"));
        Assert.False(rules.Stemmer.IsRoot("peretasan"));
        Assert.Equal("retas", rules.Stemmer.Stem("peretasan"));
    }

    [Fact]
    public void Rules_fingerprint_changes_with_the_lists()
    {
        var a = StemmingRules.Create(["x"], [], null, []);
        var b = StemmingRules.Create(["y"], [], null, []);
        Assert.NotEqual(a.Fingerprint, b.Fingerprint);
        Assert.Equal(a.Fingerprint, StemmingRules.Create(["x"], [], null, []).Fingerprint);
    }

    public void Dispose() => _analyzers.Dispose();
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CyberDiplomacy.Core.Search;

/// <summary>Index field names and the analyzers that read them: one place, used for indexing and querying alike.</summary>
public static class SearchFields
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static readonly Lucene.Net.Search.Similarities.Similarity Similarity = new RankingSimilarity();

    /// <summary>Bumped when ranking or field layout changes, so existing indexes are rebuilt.</summary>
    public const string SchemaVersion = "6";

    public const string Key = "key";           // "article:diplomasi" — the unique id for UpdateDocument
    public const string Type = "type";         // article | term
    public const string Slug = "slug";
    public const string Lang = "lang";
    public const string Tag = "tag";
    public const string Title = "title";       // stemmed
    public const string TitleExact = "title_exact";
    public const string Names = "names";       // a term's name, English, abbreviation and aliases; an article's own topic names
    public const string NamesExact = "names_exact";
    public const string About = "about";       // an article's topics: names of the glossary terms that point to it
    public const string Summary = "summary";
    public const string Body = "body";         // stemmed, stored with a term vector of offsets for snippets
    public const string BodyExact = "body_exact";
    public const string NameKey = "name_key";   // a whole name or title, analyzed and joined: "apa itu diplomasi siber" meets "Diplomasi siber"
    public const string AboutKey = "about_key";
    public const string Sections = "sections"; // stored only: each section's anchor, title and offsets into the body (SectionField)

    /// <summary>Fields analyzed with the exact (unstemmed) analyzer; every other text field is stemmed.</summary>
    public static readonly string[] ExactFields = [TitleExact, NamesExact, BodyExact];

    public static bool IsExact(string field) => Array.IndexOf(ExactFields, field) >= 0;
}

/// <summary>
/// BM25 with softer length normalisation (b = 0.5) so short glossary entries do not drown articles, and with
/// coordination restored: a document matching more of the query's words ranks above one matching fewer.
/// </summary>
public sealed class RankingSimilarity() : Lucene.Net.Search.Similarities.BM25Similarity(1.2f, 0.5f)
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
}

/// <summary>Lowercased, accent-folded words with no stemming: for exact matches, identifiers and abbreviations.</summary>
public sealed class ExactAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchFields.Version, reader);
        TokenStream stream = new LowerCaseFilter(SearchFields.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

/// <summary>
/// Indonesian analysis: stop words out, then curated overrides, then protected words, then
/// <see cref="IndonesianRootFilter"/> (affixes stripped only down to a known root, so loanwords stay whole).
/// </summary>
public sealed class IndonesianTextAnalyzer(StemmingRules rules) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchFields.Version, reader);
        TokenStream stream = new LowerCaseFilter(SearchFields.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(SearchFields.Version, stream, rules.StopWords);
        if (rules.Overrides is not null)
        {
            stream = new StemmerOverrideFilter(stream, rules.Overrides);
        }
        stream = new SetKeywordMarkerFilter(stream, rules.ProtectedWords);
        stream = new IndonesianRootFilter(stream, rules.Stemmer);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

/// <summary>The analyzer set for one version of <see cref="StemmingRules"/>.</summary>
public sealed class SearchAnalyzers : IDisposable
{
    public SearchAnalyzers(StemmingRules rules)
    {
        Rules = rules;
        Text = new IndonesianTextAnalyzer(rules);
        Exact = new ExactAnalyzer();
        PerField = new PerFieldAnalyzerWrapper(Text, SearchFields.ExactFields.ToDictionary(f => f, _ => (Analyzer)Exact));
    }

    public StemmingRules Rules { get; }
    public Analyzer Text { get; }
    public Analyzer Exact { get; }
    public PerFieldAnalyzerWrapper PerField { get; }

    public Analyzer For(string field) => SearchFields.IsExact(field) ? Exact : Text;

    /// <summary>A whole name reduced to its analyzed words ("Apa itu diplomasi siber?" → "diplomasi siber").</summary>
    public string WholeKey(string text)
    {
        var words = new List<string>();
        using var stream = Text.GetTokenStream(SearchFields.Title, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return string.Join(' ', words);
    }

    public void Dispose()
    {
        PerField.Dispose();
        Text.Dispose();
        Exact.Dispose();
    }
}

internal static class CharArraySets
{
    public static CharArraySet From(IEnumerable<string> words) =>
        new(SearchFields.Version, words.ToList(), ignoreCase: true);
}

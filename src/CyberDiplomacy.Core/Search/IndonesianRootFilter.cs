using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CyberDiplomacy.Core.Search;

/// <summary>Replaces each token by its root from <see cref="IndonesianStemmer"/>; tokens marked as keywords are left alone.</summary>
public sealed class IndonesianRootFilter : TokenFilter
{
    private readonly IndonesianStemmer _stemmer;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public IndonesianRootFilter(TokenStream input, IndonesianStemmer stemmer) : base(input)
    {
        _stemmer = stemmer;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword || _term.Length <= 3) return true;
        var word = _term.ToString();
        if (!word.All(char.IsLetter)) return true; // numbers and identifiers such as 27/2022 stay as typed
        var root = _stemmer.Stem(word);
        if (!ReferenceEquals(root, word) && root != word)
        {
            _term.SetEmpty().Append(root);
        }
        return true;
    }
}

using CyberDiplomacy.Core.Content;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace CyberDiplomacy.Core.Search;

public sealed record RelatedDocument(string Slug, string Title, string Url);

/// <summary>"Artikel terkait": Lucene's MoreLikeThis over titles and bodies, articles in the same language only.</summary>
public sealed class RelatedDocuments(SearchIndex index)
{
    public IReadOnlyList<RelatedDocument> For(string articleSlug, string lang, int count = 5) => index.Read(searcher =>
    {
        var own = searcher.Search(new TermQuery(new Term(SearchFields.Key, SearchDocument.KeyOf(DocumentKind.Article, articleSlug))), 1);
        if (own.TotalHits == 0) return (IReadOnlyList<RelatedDocument>)[];
        var moreLikeThis = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = index.Analyzers.Text,
            FieldNames = [SearchFields.Title, SearchFields.Body],
            MinTermFreq = 2,
            MinDocFreq = 2,
            MaxQueryTerms = 30,
            MinWordLen = 4,
        };
        var like = moreLikeThis.Like(own.ScoreDocs[0].Doc);
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(new Term(SearchFields.Type, "article")), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Lang, lang)), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Slug, articleSlug)), Occur.MUST_NOT },
        };
        return searcher.Search(query, count).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .Select(doc => new RelatedDocument(doc.Get(SearchFields.Slug), doc.Get(SearchFields.Title), SiteUrls.Article(doc.Get(SearchFields.Slug))))
            .ToList();
    });
}

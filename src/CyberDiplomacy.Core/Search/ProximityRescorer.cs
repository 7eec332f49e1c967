using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// Adds a second query's score to the first pass's best documents (Lucene's <c>QueryRescorer</c>, which in Lucene.Net
/// 4.8 beta throws on a segment the second query does not match). Segments are visited in order, each document once.
/// </summary>
internal static class ProximityRescorer
{
    public static TopDocs Rescore(IndexSearcher searcher, TopDocs top, Query query)
    {
        if (top.ScoreDocs.Length == 0) return top;
        var weight = searcher.CreateNormalizedWeight(query);
        var byDoc = top.ScoreDocs.OrderBy(d => d.Doc).ToArray();
        var leaves = searcher.IndexReader.Leaves;
        var rescored = new ScoreDoc[byDoc.Length];
        var leafIndex = 0;
        Scorer? scorer = null;
        var leafBase = -1;
        for (var i = 0; i < byDoc.Length; i++)
        {
            var hit = byDoc[i];
            while (leafIndex < leaves.Count - 1 && leaves[leafIndex + 1].DocBase <= hit.Doc) leafIndex++;
            var leaf = leaves[leafIndex];
            if (leaf.DocBase != leafBase)
            {
                leafBase = leaf.DocBase;
                scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            }
            var target = hit.Doc - leafBase;
            var extra = 0f;
            if (scorer is not null)
            {
                var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
                if (at == target) extra = scorer.GetScore();
            }
            rescored[i] = new ScoreDoc(hit.Doc, hit.Score + extra);
        }
        Array.Sort(rescored, (a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Doc.CompareTo(b.Doc));
        return new TopDocs(top.TotalHits, rescored, rescored[0].Score);
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CyberDiplomacy.Core.Search;

/// <summary>Counts matching documents per type, language and tag from doc values (Lucene.Net.Facet is not available).</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _langs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tags = new(StringComparer.Ordinal);
    private SortedDocValues? _type;
    private SortedDocValues? _lang;
    private SortedSetDocValues? _tag;
    private readonly BytesRef _scratch = new();

    public FacetCounts Counts => new(_types, _langs, _tags);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _type = context.AtomicReader.GetSortedDocValues(SearchFields.Type);
        _lang = context.AtomicReader.GetSortedDocValues(SearchFields.Lang);
        _tag = context.AtomicReader.GetSortedSetDocValues(SearchFields.Tag);
    }

    public void Collect(int doc)
    {
        Count(_type, doc, _types);
        Count(_lang, doc, _langs);
        if (_tag is null) return;
        _tag.SetDocument(doc);
        for (var ord = _tag.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _tag.NextOrd())
        {
            _tag.LookupOrd(ord, _scratch);
            Increment(_tags, _scratch.Utf8ToString());
        }
    }

    private void Count(SortedDocValues? values, int doc, Dictionary<string, int> counts)
    {
        if (values is null) return;
        var ord = values.GetOrd(doc);
        if (ord < 0) return;
        values.LookupOrd(ord, _scratch);
        Increment(counts, _scratch.Utf8ToString());
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}

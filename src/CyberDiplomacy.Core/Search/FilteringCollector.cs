using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// The results page's filters (type, tag, language) checked per match from doc values, so one pass over the query's
/// matches both counts the unfiltered facets and collects the filtered top documents; a filtered query used to run
/// the whole search twice.
/// </summary>
internal sealed class FilteringCollector(ICollector inner, string? type, string? tag, string? lang) : ICollector
{
    private SortedDocValues? _types;
    private SortedDocValues? _langs;
    private SortedSetDocValues? _tags;
    private int _typeOrd;
    private int _langOrd;
    private long _tagOrd;
    private bool _segmentEmpty;

    public static bool Filters(string? type, string? tag, string? lang) => type is not null || tag is not null || lang is not null;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        inner.SetNextReader(context);
        var reader = context.AtomicReader;
        _segmentEmpty = false;
        if (type is not null)
        {
            _types = reader.GetSortedDocValues(SearchFields.Type);
            _typeOrd = _types?.LookupTerm(new BytesRef(type)) ?? -1;
            _segmentEmpty |= _typeOrd < 0;
        }
        if (lang is not null)
        {
            _langs = reader.GetSortedDocValues(SearchFields.Lang);
            _langOrd = _langs?.LookupTerm(new BytesRef(lang)) ?? -1;
            _segmentEmpty |= _langOrd < 0;
        }
        if (tag is not null)
        {
            _tags = reader.GetSortedSetDocValues(SearchFields.Tag);
            _tagOrd = _tags?.LookupTerm(new BytesRef(tag)) ?? -1;
            _segmentEmpty |= _tagOrd < 0;
        }
    }

    public void Collect(int doc)
    {
        if (!_segmentEmpty && Accepts(doc)) inner.Collect(doc);
    }

    private bool Accepts(int doc)
    {
        if (type is not null && _types!.GetOrd(doc) != _typeOrd) return false;
        if (lang is not null && _langs!.GetOrd(doc) != _langOrd) return false;
        if (tag is null) return true;
        _tags!.SetDocument(doc);
        for (var ord = _tags.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _tags.NextOrd())
        {
            if (ord == _tagOrd) return true;
        }
        return false;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// Counts matching documents per type, language and tag from doc values (Lucene.Net.Facet is not available).
/// Counts by ordinal within a segment and turns ordinals into strings once per segment, not once per hit.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _langs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tags = new(StringComparer.Ordinal);
    private readonly SegmentCounts _type = new();
    private readonly SegmentCounts _lang = new();
    private readonly SegmentCounts _tag = new();
    private SortedDocValues? _typeValues;
    private SortedDocValues? _langValues;
    private SortedSetDocValues? _tagValues;

    public FacetCounts Counts
    {
        get
        {
            FlushSegment();
            return new(_types, _langs, _tags);
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _typeValues = context.AtomicReader.GetSortedDocValues(SearchFields.Type);
        _langValues = context.AtomicReader.GetSortedDocValues(SearchFields.Lang);
        _tagValues = context.AtomicReader.GetSortedSetDocValues(SearchFields.Tag);
        _type.Start(_typeValues?.ValueCount ?? 0, ord => Lookup(_typeValues!, ord), _types);
        _lang.Start(_langValues?.ValueCount ?? 0, ord => Lookup(_langValues!, ord), _langs);
        _tag.Start((int)(_tagValues?.ValueCount ?? 0), ord => LookupSet(_tagValues!, ord), _tags);
    }

    public void Collect(int doc)
    {
        if (_typeValues is not null) _type.Add(_typeValues.GetOrd(doc));
        if (_langValues is not null) _lang.Add(_langValues.GetOrd(doc));
        if (_tagValues is null) return;
        _tagValues.SetDocument(doc);
        for (var ord = _tagValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _tagValues.NextOrd())
        {
            _tag.Add((int)ord);
        }
    }

    private void FlushSegment()
    {
        _type.Flush();
        _lang.Flush();
        _tag.Flush();
    }

    private static string Lookup(SortedDocValues values, int ord)
    {
        var scratch = new BytesRef();
        values.LookupOrd(ord, scratch);
        return scratch.Utf8ToString();
    }

    private static string LookupSet(SortedSetDocValues values, int ord)
    {
        var scratch = new BytesRef();
        values.LookupOrd(ord, scratch);
        return scratch.Utf8ToString();
    }

    /// <summary>Per-ordinal counts of the current segment, added into the by-name totals when the segment ends.</summary>
    private sealed class SegmentCounts
    {
        private int[] _counts = [];
        private Func<int, string>? _name;
        private Dictionary<string, int>? _totals;

        public void Start(int valueCount, Func<int, string> name, Dictionary<string, int> totals)
        {
            _counts = valueCount == 0 ? [] : new int[valueCount];
            _name = name;
            _totals = totals;
        }

        public void Add(int ord)
        {
            if (ord >= 0) _counts[ord]++;
        }

        public void Flush()
        {
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] == 0) continue;
                var key = _name!(ord);
                _totals![key] = _totals.GetValueOrDefault(key) + _counts[ord];
            }
            _counts = [];
        }
    }
}

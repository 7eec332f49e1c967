using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// A run of the reader's words searched as one: a single word or quoted phrase, or the words a synonym rule
/// matched ("dunia maya"), with what the rule offers for them ("ruang siber"). No alternatives: no rule matched.
/// </summary>
public sealed record QueryUnit(string Text, bool IsPhrase, IReadOnlyList<string> Alternatives, IReadOnlyList<QueryPart> Parts)
{
    public bool HasSynonyms => Alternatives.Count > 0;
}

/// <summary>
/// The editors' synonym rules (<see cref="SynonymFile"/>) as Lucene's <see cref="SynonymMap"/>, applied to the
/// reader's words at query time only: the index is not touched, so a rule helps as soon as it is loaded.
/// </summary>
/// <remarks>
/// Lucene 4.8's <see cref="SynonymFilter"/> lays every output word on the position track of the input ("hoaks =>
/// berita bohong, disinformasi" puts "bohong" on top of whatever follows "hoaks"), so a multi-word alternative
/// cannot be read back from its stream. SynonymGraphFilter, which fixes that in later Lucene versions, does not
/// exist in 4.8. So each alternative is stored as one token (its words joined by spaces): the filter then emits it
/// once, with the offsets of the words it replaces, and the query builder searches it as a phrase.
/// </remarks>
public sealed class QuerySynonyms
{
    private readonly Analyzer? _analyzer;

    private QuerySynonyms(SynonymMap? map, string fingerprint)
    {
        _analyzer = map is null ? null : new SynonymQueryAnalyzer(map);
        Fingerprint = fingerprint;
    }

    public static QuerySynonyms None { get; } = new(null, "");

    /// <summary>The rules in a canonical form: part of <see cref="StemmingRules.Fingerprint"/>, so an edit reaches the site at the next ingest.</summary>
    public string Fingerprint { get; }

    public bool IsEmpty => _analyzer is null;

    public static QuerySynonyms From(IReadOnlyList<SynonymFile.Rule> rules)
    {
        if (rules.Count == 0) return None;
        var parser = new SingleTokenOutputs();
        // The rules were checked line by line already; the parser reads each as Solr would.
        foreach (var rule in rules) parser.Parse(new StringReader(rule.Text));
        var fingerprint = string.Join('\n', rules.Select(r =>
            string.Join('|', r.Inputs.Select(i => i.Words)) + (r.IsMapping ? "=>" + string.Join('|', r.Outputs.Select(o => o.Words)) : "")));
        return new QuerySynonyms(parser.Build(), fingerprint);
    }

    /// <summary>The reader's words (no exclusions) grouped into units; quoted phrases are taken literally.</summary>
    public IReadOnlyList<QueryUnit> Expand(IReadOnlyList<QueryPart> included)
    {
        var units = new List<QueryUnit>(included.Count);
        var run = new List<QueryPart>();
        foreach (var part in included)
        {
            if (!part.IsPhrase)
            {
                run.Add(part);
                continue;
            }
            ExpandRun(run, units);
            units.Add(new QueryUnit(part.Text, true, [], [part]));
        }
        ExpandRun(run, units);
        return units;
    }

    private void ExpandRun(List<QueryPart> run, List<QueryUnit> units)
    {
        if (run.Count == 0) return;
        if (_analyzer is null)
        {
            units.AddRange(run.Select(p => new QueryUnit(p.Text, false, [], [p])));
            run.Clear();
            return;
        }
        var text = new StringBuilder();
        var ends = new int[run.Count];
        for (var i = 0; i < run.Count; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(run[i].Text);
            ends[i] = text.Length;
        }
        // Alternatives by the parts they replace (first, last): the filter's offsets are those of the matched words.
        var spans = new Dictionary<int, (int Last, List<string> Alternatives)>();
        using (var stream = _analyzer.GetTokenStream("", text.ToString()))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (type.Type != SynonymFilter.TYPE_SYNONYM) continue;
                var first = PartAt(ends, offset.StartOffset);
                var last = PartAt(ends, Math.Max(offset.StartOffset, offset.EndOffset - 1));
                if (!spans.TryGetValue(first, out var span)) spans[first] = span = (last, []);
                if (span.Last == last && !span.Alternatives.Contains(term.ToString())) span.Alternatives.Add(term.ToString());
            }
            stream.End();
        }
        for (var i = 0; i < run.Count; i++)
        {
            if (!spans.TryGetValue(i, out var span))
            {
                units.Add(new QueryUnit(run[i].Text, false, [], [run[i]]));
                continue;
            }
            var parts = run.GetRange(i, span.Last - i + 1);
            units.Add(new QueryUnit(string.Join(' ', parts.Select(p => p.Text)), false, span.Alternatives, parts));
            i = span.Last;
        }
        run.Clear();
    }

    private static int PartAt(int[] ends, int offset)
    {
        for (var i = 0; i < ends.Length; i++)
        {
            if (offset < ends[i]) return i;
        }
        return ends.Length - 1;
    }

    /// <summary>Solr's parser, with each alternative kept as one token (see the remarks on <see cref="QuerySynonyms"/>).</summary>
    private sealed class SingleTokenOutputs() : SolrSynonymParser(dedup: true, expand: true, SynonymFile.RuleAnalyzer)
    {
        public override void Add(CharsRef input, CharsRef output, bool includeOrig) =>
            base.Add(input, new CharsRef(output.ToString().Replace(SynonymMap.WORD_SEPARATOR, ' ')), includeOrig);
    }

    /// <summary>The exact fields' reading of words (lowercase, accents folded), then the rules.</summary>
    private sealed class SynonymQueryAnalyzer(SynonymMap map) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new Lucene.Net.Analysis.Standard.StandardTokenizer(SearchFields.Version, reader);
            TokenStream stream = new Lucene.Net.Analysis.Core.LowerCaseFilter(SearchFields.Version, tokenizer);
            stream = new Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter(stream);
            stream = new SynonymFilter(stream, map, ignoreCase: false);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}

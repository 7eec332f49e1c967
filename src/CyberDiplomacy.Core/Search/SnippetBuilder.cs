using System.Net;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// Body snippets with the query's words marked, read from the body's term vector (the offsets of each indexed,
/// stemmed term) instead of re-analysing the stored text: re-analysis was most of a search's time. Because the
/// vector holds stemmed terms, "berdiplomasi" still marks "diplomasi" and "diplomasinya".
/// </summary>
internal sealed class SnippetBuilder(IReadOnlyCollection<string> bodyTerms)
{
    public const int FragmentChars = 180;
    public const int MaxFragments = 2;
    private const int LeadChars = 30; // context kept before a fragment's first match

    /// <summary>Null when the body holds none of the terms (or has no term vector).</summary>
    public string? Build(IndexReader reader, int doc, string body)
    {
        if (bodyTerms.Count == 0 || body.Length == 0) return null;
        var matches = Matches(reader, doc, body.Length);
        if (matches.Count == 0) return null;
        var fragments = BestFragments(matches, body);
        var snippet = new StringBuilder(MaxFragments * (FragmentChars + 40));
        foreach (var (start, end) in fragments.OrderBy(f => f.Start))
        {
            if (snippet.Length > 0) snippet.Append(" … ");
            AppendMarked(snippet, body, start, end, matches);
        }
        return snippet.ToString();
    }

    private List<Match> Matches(IndexReader reader, int doc, int textLength)
    {
        var matches = new List<Match>();
        var vector = reader.GetTermVector(doc, SearchFields.Body);
        if (vector is null) return matches;
        var terms = vector.GetEnumerator();
        var termIndex = 0;
        foreach (var term in bodyTerms)
        {
            termIndex++;
            if (!terms.SeekExact(new BytesRef(term))) continue;
            var offsets = terms.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (offsets is null || offsets.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) continue;
            for (var i = offsets.Freq; i > 0; i--)
            {
                offsets.NextPosition();
                if (offsets.StartOffset >= 0 && offsets.EndOffset <= textLength && offsets.StartOffset < offsets.EndOffset)
                {
                    matches.Add(new Match(offsets.StartOffset, offsets.EndOffset, termIndex));
                }
            }
        }
        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    /// <summary>
    /// Windows of about <see cref="FragmentChars"/> characters, each starting a little before a match; the best holds
    /// the most distinct query words, then the most matches. Up to <see cref="MaxFragments"/> that do not overlap.
    /// </summary>
    private static List<(int Start, int End)> BestFragments(List<Match> matches, string body)
    {
        var candidates = new List<(int Start, int End, int Distinct, int Count)>();
        var seen = new HashSet<int>();
        for (var first = 0; first < matches.Count; first++)
        {
            var start = WordStartAtOrAfter(body, Math.Max(0, matches[first].Start - LeadChars), matches[first].Start);
            var limit = Math.Min(body.Length, start + FragmentChars);
            seen.Clear();
            var count = 0;
            var end = matches[first].End;
            for (var i = first; i < matches.Count && matches[i].End <= limit; i++)
            {
                seen.Add(matches[i].Term);
                count++;
                end = matches[i].End;
            }
            candidates.Add((start, WordEndAtOrBefore(body, limit, end), seen.Count, count));
        }
        candidates.Sort((a, b) => a.Distinct != b.Distinct ? b.Distinct.CompareTo(a.Distinct) : a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.Start.CompareTo(b.Start));
        var chosen = new List<(int Start, int End)>(MaxFragments);
        foreach (var candidate in candidates)
        {
            if (chosen.Any(c => candidate.Start < c.End && c.Start < candidate.End)) continue;
            chosen.Add((candidate.Start, candidate.End));
            if (chosen.Count == MaxFragments) break;
        }
        return chosen;
    }

    private static int WordStartAtOrAfter(string body, int from, int matchStart)
    {
        if (from == 0) return 0;
        for (var i = from; i < matchStart; i++)
        {
            if (char.IsWhiteSpace(body[i - 1]) && !char.IsWhiteSpace(body[i])) return i;
        }
        return matchStart;
    }

    private static int WordEndAtOrBefore(string body, int limit, int lastMatchEnd)
    {
        if (limit >= body.Length) return body.Length;
        for (var i = limit; i > lastMatchEnd; i--)
        {
            if (char.IsWhiteSpace(body[i])) return i;
        }
        return lastMatchEnd;
    }

    private static void AppendMarked(StringBuilder snippet, string body, int start, int end, List<Match> matches)
    {
        var at = start;
        foreach (var match in matches)
        {
            if (match.Start < at || match.End > end) continue;
            snippet.Append(WebUtility.HtmlEncode(body[at..match.Start]));
            snippet.Append("<mark>").Append(WebUtility.HtmlEncode(body[match.Start..match.End])).Append("</mark>");
            at = match.End;
        }
        snippet.Append(WebUtility.HtmlEncode(body[at..end]).TrimEnd());
    }

    private readonly record struct Match(int Start, int End, int Term);
}

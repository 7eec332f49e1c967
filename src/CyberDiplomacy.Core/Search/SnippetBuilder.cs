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
        return Build(Matches(reader, doc, body.Length), body, 0, body.Length, MaxFragments);
    }

    /// <summary>Up to <paramref name="fragments"/> marked fragments of <c>body[from..to]</c>; null when no match falls in it.</summary>
    public static string? Build(List<Match> matches, string body, int from, int to, int fragments)
    {
        var inside = from == 0 && to == body.Length ? matches : matches.FindAll(m => m.Start >= from && m.End <= to);
        if (inside.Count == 0) return null;
        var snippet = new StringBuilder(fragments * (FragmentChars + 40));
        foreach (var (start, end) in BestFragments(inside, body, from, to, fragments).OrderBy(f => f.Start))
        {
            if (snippet.Length > 0) snippet.Append(" … ");
            AppendMarked(snippet, body, start, end, inside);
        }
        return snippet.ToString();
    }

    /// <summary>The start of <c>body[from..to]</c>, about one fragment long and encoded: a passage whose only match is its heading.</summary>
    public static string Opening(string body, int from, int to)
    {
        var text = body[from..to].TrimStart();
        if (text.Length <= FragmentChars) return WebUtility.HtmlEncode(text.TrimEnd());
        var cut = text.LastIndexOf(' ', FragmentChars);
        return WebUtility.HtmlEncode(text[..(cut > 0 ? cut : FragmentChars)]) + " …";
    }

    /// <summary>Where the query's terms occur in the body, in text order; <see cref="Match.Term"/> numbers the term from 1.</summary>
    public List<Match> Matches(IndexReader reader, int doc, int textLength)
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
    private static List<(int Start, int End)> BestFragments(List<Match> matches, string body, int from, int to, int fragments)
    {
        var candidates = new List<(int Start, int End, int Distinct, int Count)>();
        var seen = new HashSet<int>();
        for (var first = 0; first < matches.Count; first++)
        {
            var start = WordStartAtOrAfter(body, Math.Max(from, matches[first].Start - LeadChars), from, matches[first].Start);
            var limit = Math.Min(to, start + FragmentChars);
            seen.Clear();
            var count = 0;
            var end = matches[first].End;
            for (var i = first; i < matches.Count && matches[i].End <= limit; i++)
            {
                seen.Add(matches[i].Term);
                count++;
                end = matches[i].End;
            }
            candidates.Add((start, WordEndAtOrBefore(body, limit, to, end), seen.Count, count));
        }
        candidates.Sort((a, b) => a.Distinct != b.Distinct ? b.Distinct.CompareTo(a.Distinct) : a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.Start.CompareTo(b.Start));
        var chosen = new List<(int Start, int End)>(fragments);
        foreach (var candidate in candidates)
        {
            if (chosen.Any(c => candidate.Start < c.End && c.Start < candidate.End)) continue;
            chosen.Add((candidate.Start, candidate.End));
            if (chosen.Count == fragments) break;
        }
        return chosen;
    }

    private static int WordStartAtOrAfter(string body, int from, int rangeStart, int matchStart)
    {
        if (from == rangeStart) return rangeStart;
        for (var i = from; i < matchStart; i++)
        {
            if (char.IsWhiteSpace(body[i - 1]) && !char.IsWhiteSpace(body[i])) return i;
        }
        return matchStart;
    }

    private static int WordEndAtOrBefore(string body, int limit, int rangeEnd, int lastMatchEnd)
    {
        if (limit >= rangeEnd) return rangeEnd;
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

    public readonly record struct Match(int Start, int End, int Term);
}

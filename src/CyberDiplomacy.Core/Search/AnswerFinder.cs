using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// Picks the answer card for a question: a glossary definition when the question names a term and asks what it is;
/// else the sentence (with the next, when short) of the best section of the first hits that holds the asked-for kind
/// of answer and the question's words. Nothing when no sentence is good enough: a missing card costs the reader a
/// click, a wrong one their trust.
/// </summary>
internal static class AnswerFinder
{
    private const int HitsConsidered = 3;
    private const int SectionsPerHit = 3;
    // The first hit is what the reader is most likely asking about: a lower hit must be clearly better to answer.
    private static readonly double[] RankFactor = [1.0, 0.7, 0.5];
    // The section must hold most of what the document matched of the question; a kind-less question (why, how), whose
    // sentence proves nothing by its form, needs a sentence holding most of it too.
    private const double MinSectionCoverage = 0.5;
    private const double MinPlainSentenceCoverage = 0.6;
    private const int ShortSentence = 80;
    private const int MaxAnswerChars = 420;

    public static SearchAnswer? Find(Question question, TermCard? card, IReadOnlyList<HitPassages> hits)
    {
        if (question.Kind == AnswerKind.Definition && card is not null)
        {
            return new SearchAnswer(card.Definition, card.Url, "term", card.Term);
        }
        var candidates = hits.Take(HitsConsidered).Select((h, i) => (Hit: h, Rank: i)).Where(x => x.Hit.Sections.Count > 0).ToList();
        if (candidates.Count == 0) return null;
        var best = candidates.Max(c => c.Hit.Sections[0].Score);
        // A sentence that proves nothing by its form (why, how, what without a glossary term) must hold the question itself.
        var kindless = question.Kind is AnswerKind.Definition or AnswerKind.Reason or AnswerKind.Manner;
        Candidate? chosen = null;
        foreach (var (hit, rank) in candidates)
        {
            var whole = PassageRanker.WeightIn(hit.Matches, 0, int.MaxValue, hit.Weights);
            if (whole <= 0) continue;
            foreach (var section in hit.Sections.Take(SectionsPerHit).Where(s => s.Coverage >= MinSectionCoverage))
            {
                var (start, bodyStart, end) = (section.Section.Start, section.Section.BodyStart, section.Section.End);
                var sentences = AnswerSentences.Split(hit.Body, bodyStart, end);
                for (var i = 0; i < sentences.Count; i++)
                {
                    var sentence = sentences[i];
                    var own = PassageRanker.WeightIn(hit.Matches, sentence.Start, sentence.End, hit.Weights) / whole;
                    // The heading speaks for each sentence under it: "Mengapa atribusi sulit" makes its first sentence an answer.
                    var header = AnswerSentences.TableHeader(hit.Body, bodyStart, sentence);
                    var withHeading = WeightInEither(hit, (start, bodyStart), header ?? (0, 0), sentence) / whole;
                    var heading = PassageRanker.WeightIn(hit.Matches, start, bodyStart, hit.Weights) / whole;
                    // Kind-less: the sentence holds most of the question, or it opens a section whose heading does.
                    if (kindless ? own < MinPlainSentenceCoverage && (i > 0 || heading < MinPlainSentenceCoverage) : own <= 0) continue;
                    if (!AnswerSentences.Holds(question.Kind, hit.Body[sentence.Start..sentence.End], question.Words)) continue;
                    // A section's strength counts against the hit's own best and the best of all: raw scores of
                    // different documents do not compare (a hit whose words are all its topic scores low everywhere).
                    var score = RankFactor[rank] * (0.3 * section.Score / hit.Sections[0].Score + 0.3 * section.Score / best + withHeading + 0.5 * own) - 0.02 * i;
                    if (chosen is null || score > chosen.Score) chosen = new Candidate(score, hit, section.Section, sentence, sentences);
                }
            }
        }
        if (chosen is null) return null;
        return new SearchAnswer(Quote(chosen.Hit.Body, chosen.Sentence, chosen.Sentences), HitBuilder.SectionUrl(chosen.Hit.Hit.Url, chosen.Section),
            "section", chosen.Hit.Hit.Title + " › " + chosen.Section.Title);
    }

    private sealed record Candidate(double Score, HitPassages Hit, DocumentSection Section, (int Start, int End) Sentence, List<(int Start, int End)> Sentences);

    /// <summary>The weight of the distinct terms in the sentence, its section's heading and its table's header row together.</summary>
    private static double WeightInEither(HitPassages hit, (int Start, int End) heading, (int Start, int End) header, (int Start, int End) sentence)
    {
        static bool In(SnippetBuilder.Match m, (int Start, int End) range) => m.Start >= range.Start && m.End <= range.End;
        var inside = hit.Matches.FindAll(m => In(m, heading) || In(m, header) || In(m, sentence));
        return PassageRanker.WeightIn(inside, 0, int.MaxValue, hit.Weights);
    }

    /// <summary>The sentence, and the one after it when the first is too short to stand alone.</summary>
    private static string Quote(string body, (int Start, int End) sentence, List<(int Start, int End)> sentences)
    {
        var end = sentence.End;
        var next = sentences.FindIndex(s => s.Start >= sentence.End);
        var row = body.AsSpan(sentence.Start, sentence.End - sentence.Start).Contains(" — ", StringComparison.Ordinal);
        if (!row && sentence.End - sentence.Start < ShortSentence && next >= 0) end = sentences[next].End;
        var text = AnswerSentences.Clean(body[sentence.Start..end]);
        if (text.Length <= MaxAnswerChars) return text;
        var cut = text.LastIndexOf(' ', MaxAnswerChars);
        return text[..(cut > 0 ? cut : MaxAnswerChars)] + " …";
    }
}

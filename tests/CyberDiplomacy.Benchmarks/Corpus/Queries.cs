using static CyberDiplomacy.Benchmarks.Corpus.IndonesianWords;

namespace CyberDiplomacy.Benchmarks.Corpus;

/// <summary>
/// ~50 reader queries over a generated corpus: affixed single words (the stemmer's work), verbs, two-word phrases,
/// glossary names (definition cards), quoted phrases, typos ("Maksud Anda"), exclusions, and title words.
/// </summary>
internal static class Queries
{
    public static IReadOnlyList<string> For(CorpusPlan plan, Random random)
    {
        var prose = new Prose(random, plan);
        string Root() => prose.Pick(Roots).Root;
        var queries = new List<string>();
        for (var i = 0; i < 12; i++) queries.Add(i % 2 == 0 ? PeAn(Root()) : KeAn(Root()));
        for (var i = 0; i < 6; i++) queries.Add(Me(Root()));
        for (var i = 0; i < 10; i++) queries.Add(prose.Noun() + " " + prose.Pick(Modifiers));
        for (var i = 0; i < 6 && plan.Terms.Count > 0; i++) queries.Add(prose.Pick(plan.Terms).Name.ToLowerInvariant());
        for (var i = 0; i < 4; i++) queries.Add("\"" + prose.Noun() + " " + prose.Pick(Modifiers) + "\"");
        for (var i = 0; i < 4; i++) queries.Add(Typo(PeAn(Root()), random));
        for (var i = 0; i < 3; i++) queries.Add(prose.Noun() + " -" + prose.Pick(Modifiers));
        for (var i = 0; i < 5 && plan.Articles.Count > 0; i++)
        {
            queries.Add(string.Join(' ', prose.Pick(plan.Articles).Title.ToLowerInvariant().Split(' ').Take(3)));
        }
        queries.Add("apa itu " + (plan.Terms.Count > 0 ? prose.Pick(plan.Terms).Name.ToLowerInvariant() : "keamanan"));
        return queries;
    }

    private static string Typo(string word, Random random)
    {
        var i = 1 + random.Next(word.Length - 3);
        return word[..i] + word[i + 1] + word[i] + word[(i + 2)..];
    }
}

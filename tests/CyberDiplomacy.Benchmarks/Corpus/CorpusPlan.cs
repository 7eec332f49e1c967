using static CyberDiplomacy.Benchmarks.Corpus.IndonesianWords;

namespace CyberDiplomacy.Benchmarks.Corpus;

internal sealed record TermSpec(string Slug, string Name, string English, string? Abbreviation, List<string> Aliases, List<string> Related);

internal sealed record ArticleSpec(string Slug, string Title, string Summary, List<string> Tags, DateOnly Updated, bool Featured);

/// <summary>The names of every document, decided before any body is written so that links can point anywhere.</summary>
internal sealed class CorpusPlan
{
    private static readonly string[] ModifierGlosses =
    [
        "cyber", "digital", "national", "international", "regional", "global", "state", "public", "private", "military",
        "civilian", "online", "data", "information", "network", "technology", "area", "multilateral", "bilateral", "strategic",
    ];

    public List<TermSpec> Terms { get; } = [];
    public List<ArticleSpec> Articles { get; } = [];
    public List<string> Tags { get; } = [];

    public ArticleSpec OtherArticle(Random random, string slug)
    {
        var other = Articles[random.Next(Articles.Count)];
        return other.Slug == slug && Articles.Count > 1 ? Articles[(Articles.IndexOf(other) + 1) % Articles.Count] : other;
    }

    public static CorpusPlan Create(Random random, int articles, int terms)
    {
        var plan = new CorpusPlan();
        var prose = new Prose(random, plan);
        for (var i = 0; plan.Tags.Count < 40; i++)
        {
            var tag = Roots[(i * 7) % Roots.Length].Root + "-" + Modifiers[i % Modifiers.Length];
            if (!plan.Tags.Contains(tag)) plan.Tags.Add(tag);
        }
        AddTerms(plan, random, terms);
        for (var i = 0; i < articles; i++)
        {
            var title = Prose.Capitalize(prose.NounPhrase() + " " + prose.Pick(Function[..10]) + " " + prose.NounPhrase());
            var slug = string.Join('-', title.ToLowerInvariant().Split(' ').Take(4)) + "-" + (i + 1);
            var tags = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => prose.Pick(plan.Tags)).Distinct().ToList();
            var summary = prose.Sentence(allowLinks: false).Replace("*", "", StringComparison.Ordinal);
            var updated = new DateOnly(2020, 1, 1).AddDays(random.Next(2000));
            plan.Articles.Add(new ArticleSpec(slug, title, summary, tags, updated, Featured: i < 6));
        }
        return plan;
    }

    private static void AddTerms(CorpusPlan plan, Random random, int count)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var attempts = 0;
        while (plan.Terms.Count < count && attempts++ < count * 50)
        {
            var (root, gloss) = Roots[random.Next(Roots.Length)];
            var modifier = random.Next(Modifiers.Length);
            var (noun, kind) = random.Next(3) switch { 0 => (KeAn(root), "state"), 1 => (PerAn(root), "affairs"), _ => (PeAn(root), "process") };
            var shape = random.Next(20);
            var name = shape < 3 ? noun
                : shape < 17 ? noun + " " + Modifiers[modifier]
                : noun + " " + Modifiers[modifier] + " " + Modifiers[(modifier + 1 + random.Next(Modifiers.Length - 1)) % Modifiers.Length];
            var english = shape < 3 ? gloss + " " + kind : ModifierGlosses[modifier] + " " + gloss + " " + kind;
            if (names.Contains(name)) continue;
            if (names.Contains(english)) english += " " + (plan.Terms.Count + 1);
            if (names.Contains(english)) continue;
            string? abbr = null;
            if (name.Contains(' ', StringComparison.Ordinal) && random.Next(5) == 0)
            {
                abbr = string.Concat(name.Split(' ').Select(w => char.ToUpperInvariant(w[0]))) + (char)('A' + random.Next(26));
                if (names.Contains(abbr)) abbr = null;
            }
            var aliases = new List<string>();
            if (random.Next(10) < 3)
            {
                var alias = root + "an " + Modifiers[(modifier + 3) % Modifiers.Length];
                if (!names.Contains(alias) && alias != name) aliases.Add(alias);
            }
            names.Add(name);
            names.Add(english);
            if (abbr is not null) names.Add(abbr);
            foreach (var alias in aliases) names.Add(alias);
            plan.Terms.Add(new TermSpec(name.Replace(' ', '-'), Prose.Capitalize(name), english, abbr, aliases, []));
        }
        foreach (var term in plan.Terms)
        {
            var related = Enumerable.Range(0, random.Next(4)).Select(_ => plan.Terms[random.Next(plan.Terms.Count)].Slug);
            term.Related.AddRange(related.Where(r => r != term.Slug).Distinct());
        }
    }
}

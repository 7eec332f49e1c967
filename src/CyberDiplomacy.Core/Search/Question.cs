namespace CyberDiplomacy.Core.Search;

/// <summary>What kind of answer a question asks for, which decides the sentence that can answer it.</summary>
public enum AnswerKind
{
    Definition,
    Date,
    Number,
    Person,
    Reason,
    Manner,
}

/// <summary>
/// A query read as a question by its question words (<c>kapan</c>, <c>siapa</c>, <c>what is</c>…), wherever they stand:
/// readers write "kapan UU PDP berlaku" and "UU PDP berlaku kapan" alike. <see cref="Words"/> are the query's own
/// words in lowercase, question words left out.
/// </summary>
public sealed record Question(AnswerKind Kind, IReadOnlySet<string> Words)
{
    // Longer phrases first: "tahun berapa" asks for a date, "how many" for a number, not the manner "how" does.
    private static readonly (string[] Phrase, AnswerKind Kind)[] Patterns =
    [
        (["apa", "yang", "dimaksud", "dengan"], AnswerKind.Definition),
        (["apa", "yang", "dimaksud"], AnswerKind.Definition),
        (["apakah", "itu"], AnswerKind.Definition),
        (["apa", "itu"], AnswerKind.Definition),
        (["what", "is"], AnswerKind.Definition),
        (["what", "are"], AnswerKind.Definition),
        (["tahun", "berapa"], AnswerKind.Date),
        (["kapan"], AnswerKind.Date),
        (["when"], AnswerKind.Date),
        (["siapa"], AnswerKind.Person),
        (["siapakah"], AnswerKind.Person),
        (["who"], AnswerKind.Person),
        (["berapa"], AnswerKind.Number),
        (["berapakah"], AnswerKind.Number),
        (["how", "many"], AnswerKind.Number),
        (["how", "much"], AnswerKind.Number),
        (["mengapa"], AnswerKind.Reason),
        (["kenapa"], AnswerKind.Reason),
        (["why"], AnswerKind.Reason),
        (["bagaimana"], AnswerKind.Manner),
        (["how"], AnswerKind.Manner),
    ];

    /// <summary>Null when the query asks nothing (most queries: a few words naming a topic).</summary>
    public static Question? Detect(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        var typed = Split(query);
        // "WHO" in capitals is the organisation, not the question word.
        var words = typed.Select(w => w.Length >= 2 && w.All(char.IsUpper) ? "" : w.ToLowerInvariant()).ToList();
        foreach (var (phrase, kind) in Patterns)
        {
            var at = IndexOf(words, phrase);
            if (at < 0) continue;
            var rest = typed.Where((_, i) => i < at || i >= at + phrase.Length).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            return rest.Count == 0 ? null : new Question(kind, rest);
        }
        return null;
    }

    private static List<string> Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'');
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }

    private static int IndexOf(List<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            var j = 0;
            while (j < phrase.Length && words[i + j] == phrase[j]) j++;
            if (j == phrase.Length) return i;
        }
        return -1;
    }
}

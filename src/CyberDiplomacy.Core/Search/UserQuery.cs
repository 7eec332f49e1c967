using System.Text;

namespace CyberDiplomacy.Core.Search;

/// <summary>One piece of what a reader typed: a word or a quoted phrase, possibly excluded with a leading minus.</summary>
public sealed record QueryPart(string Text, bool IsPhrase, bool IsExcluded);

/// <summary>
/// A forgiving reader for the search box: words, "quoted phrases" and -exclusions. Anything else (brackets, colons,
/// stars) is ordinary text for the analyzer to drop, so no input can make it fail.
/// </summary>
public static class UserQuery
{
    public const int MaxLength = 500;

    public static IReadOnlyList<QueryPart> Parse(string? raw)
    {
        var parts = new List<QueryPart>();
        if (string.IsNullOrWhiteSpace(raw)) return parts;
        var text = raw.Length > MaxLength ? raw[..MaxLength] : raw;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || char.IsControl(text[i]))) i++;
            if (i >= text.Length) break;
            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }
            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
                if (!string.IsNullOrWhiteSpace(phrase)) parts.Add(new QueryPart(Clean(phrase), IsPhrase: true, excluded));
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') i++;
            var word = Clean(text[start..i]);
            if (word.Length > 0) parts.Add(new QueryPart(word, IsPhrase: false, excluded));
        }
        return parts;
    }

    /// <summary>The words of the query, without exclusions, in the order typed.</summary>
    public static string Describe(IEnumerable<QueryPart> parts) =>
        string.Join(' ', parts.Where(p => !p.IsExcluded).Select(p => p.IsPhrase ? "\"" + p.Text + "\"" : p.Text));

    private static string Clean(string value)
    {
        // Controls and surrogates become spaces before normalizing: Normalize throws on a lone surrogate, and one is
        // left wherever a long query was cut through an emoji.
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC).Trim();
    }
}

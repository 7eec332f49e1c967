namespace CyberDiplomacy.Core.Content.Terminology;

/// <summary>How a replacement takes the capitals of the words it replaces.</summary>
public static class CaseStyle
{
    /// <summary>
    /// The preferred form as it should stand where <paramref name="written"/> stood. A term with its own capitals
    /// (<c>case: exact</c>, an acronym, a name such as "UU Pelindungan Data Pribadi") stays as it is; a common noun,
    /// which the glossary lists with a capital only because it heads an entry ("Pelindungan data pribadi"), follows the
    /// text: all lower case mid-sentence, a capital first letter at a sentence start, every word capitalised in a title.
    /// </summary>
    public static string Adapt(string preferred, string written, bool caseExact)
    {
        if (caseExact || HasOwnCapitals(preferred)) return preferred;
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lower = preferred.ToLowerInvariant();
        if (words.Length > 1 && words.All(w => char.IsUpper(w[0]))) return TitleCase(lower);
        return written.Length > 0 && char.IsUpper(written[0]) ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
    }

    /// <summary>A capital letter anywhere but at the very start: "BSSN", "UN GGE", "eSIM".</summary>
    private static bool HasOwnCapitals(string text) => text.Skip(1).Any(char.IsUpper) || (text.Length > 0 && char.IsLower(text[0]) && text.Any(char.IsUpper));

    private static string TitleCase(string text) =>
        string.Join(' ', text.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
}

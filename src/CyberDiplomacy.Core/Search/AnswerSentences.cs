using System.Text.RegularExpressions;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// Sentences of a passage, and whether one holds the kind of answer a question asks for: a date for "kapan", a
/// number for "berapa", a named person or body for "siapa". Deliberately plain rules over our own text: an answer is
/// quoted, never written, so a rule that finds nothing makes no card rather than a wrong one.
/// </summary>
internal static partial class AnswerSentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nr", "rp", "dr", "st", "jl", "pt", "tbk", "vol", "hlm", "art", "para", "mr", "ms", "prof", "u.s", "e.g", "i.e", "dll", "dsb", "vs",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "belas", "puluh",
        "seratus", "ratus", "seribu", "ribu", "juta", "miliar", "triliun", "persen",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "hundred", "thousand",
        "million", "billion", "percent", "dozen",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
        "january", "february", "march", "may", "june", "july", "august", "october", "december",
    };

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<![\d/.,])\d+(?:[.,]\d+)*(?![\d/])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    /// <summary>The sentences of <c>text[from..to]</c> as ranges: a line (paragraph, list item, table row) is split at a
    /// full stop, question or exclamation mark followed by a capital or a digit, unless it ends an abbreviation.</summary>
    public static List<(int Start, int End)> Split(string text, int from, int to)
    {
        var sentences = new List<(int, int)>();
        var start = from;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            var ends = c == '\n'
                || (c is '.' or '!' or '?' && i + 2 < to && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || char.IsDigit(text[i + 2]))
                    && !EndsAbbreviation(text, start, i));
            if (!ends) continue;
            Add(sentences, text, start, c == '\n' ? i : i + 1);
            start = i + 1;
        }
        Add(sentences, text, start, to);
        return sentences;
    }

    private static void Add(List<(int, int)> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        // A fragment without a word ("|", a lone number) is no sentence to quote.
        if (end - start >= 12 && Word().IsMatch(text.AsSpan(start, end - start))) sentences.Add((start, end));
    }

    private static bool EndsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordEnd = dot;
        while (wordEnd > sentenceStart && text[wordEnd - 1] == ' ') wordEnd--; // "2024 [@x]." renders as "2024 ."
        if (wordEnd < dot) return false;
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..dot];
        return word.Length <= 1 || Abbreviations.Contains(word);
    }

    /// <summary>
    /// The header row of the table a sentence is a row of (rows are lines with cells apart by " — ", see
    /// PlainTableRenderer), or null: a row's meaning is in its header ("Dilantik", "Jumlah negara", "Aturan").
    /// </summary>
    public static (int Start, int End)? TableHeader(string text, int from, (int Start, int End) sentence)
    {
        if (!IsRow(text, sentence.Start, sentence.End)) return null;
        (int Start, int End)? header = null;
        var lineEnd = text.LastIndexOf('\n', Math.Max(from, sentence.Start - 1));
        while (lineEnd > from)
        {
            var lineStart = text.LastIndexOf('\n', lineEnd - 1) + 1;
            if (lineStart < from || !IsRow(text, lineStart, lineEnd)) break;
            header = (lineStart, lineEnd);
            lineEnd = lineStart - 1;
        }
        return header;
    }

    private static bool IsRow(string text, int start, int end) => text.AsSpan(start, end - start).Contains(" — ", StringComparison.Ordinal);

    /// <param name="asked">The question's own words: "siapa ketua Global Mechanism" is not answered by "Global Mechanism".</param>
    public static bool Holds(AnswerKind kind, string sentence, IReadOnlySet<string> asked) => kind switch
    {
        AnswerKind.Date => Year().IsMatch(sentence) || Words(sentence).Any(Months.Contains),
        AnswerKind.Number => Number().Matches(sentence).Any(m => !Year().IsMatch(m.Value)) || Words(sentence).Any(NumberWords.Contains),
        AnswerKind.Person => Words(sentence).Skip(1).Any(w => char.IsUpper(w[0]) && !asked.Contains(w.ToLowerInvariant()) && !Months.Contains(w)),
        _ => true,
    };

    private static IEnumerable<string> Words(string sentence) => Word().Matches(sentence).Select(m => m.Value);

    /// <summary>Quoted text: whitespace collapsed, and the gap a citation marker leaves before punctuation closed.</summary>
    public static string Clean(string text) => Gaps().Replace(Spaces().Replace(text, " "), "$1").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([.,;:!?)])")]
    private static partial Regex Gaps();
}

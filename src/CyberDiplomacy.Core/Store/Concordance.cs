using System.Text.RegularExpressions;

namespace CyberDiplomacy.Core.Store;

/// <summary>Finds the sentence of a text where one of a term's names first appears.</summary>
public static partial class Concordance
{
    public static string SentenceWith(string text, IEnumerable<string> names)
    {
        var sentences = SentenceBreak().Split(text.ReplaceLineEndings(" "));
        foreach (var name in names.OrderByDescending(n => n.Length))
        {
            var pattern = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(name), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
            var sentence = sentences.FirstOrDefault(s => pattern.IsMatch(s));
            if (sentence is not null) return Trim(sentence.Trim());
        }
        return "";
    }

    private static string Trim(string sentence) => sentence.Length <= 280 ? sentence : sentence[..277] + "…";

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();
}

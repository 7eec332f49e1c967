using System.Globalization;
using System.Text;
using CyberDiplomacy.Core.Content.Validation;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// The "unknown words" half of checking <c>search/synonyms.txt</c>: a rule that sends readers to words no article,
/// term or document uses finds them nothing. Checked only when the whole corpus is at hand (<c>kb check</c>, a full
/// build), since an incremental build parses only what changed.
/// </summary>
/// <remarks>
/// The readers' side of a rule is expected to hold words the content does not use ("penggodam"): that is what the
/// rule is for. So an equivalence is reported only when none of its entries is used, and a mapping for each target
/// that is not also one of its inputs and is not used.
/// </remarks>
public static class SynonymUsage
{
    public static IEnumerable<ContentDiagnostic> Check(IReadOnlyList<SynonymFile.Rule> rules, IEnumerable<string> texts, string displayPath)
    {
        if (rules.Count == 0) yield break;
        var needed = rules.SelectMany(r => r.Outputs).SelectMany(e => e.Words.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var used = UsedWords(needed, texts);
        bool IsUsed(SynonymFile.Entry entry) => entry.Words.Split(' ').All(used.Contains);
        foreach (var rule in rules)
        {
            if (!rule.IsMapping)
            {
                if (!rule.Inputs.Any(IsUsed))
                {
                    yield return Idle(rule, rule.Inputs[0], $"no article, term or document uses '{rule.Inputs[0].Words}' or its synonyms on this line, so it finds nothing");
                }
                continue;
            }
            foreach (var target in rule.Outputs.Where(o => !IsUsed(o) && rule.Inputs.All(i => i.Words != o.Words)))
            {
                yield return Idle(rule, target, $"no article, term or document uses '{target.Words}': readers sent to it find nothing there");
            }
        }
        ContentDiagnostic Idle(SynonymFile.Rule rule, SynonymFile.Entry entry, string message) =>
            ContentDiagnostic.Report(DiagnosticRules.SynonymRuleIdle, displayPath, rule.Line, entry.Column, message);
    }

    /// <summary>Which of the needed words occur in the texts, read as the rules read words (lowercase, accents folded); stops once all are found.</summary>
    private static HashSet<string> UsedWords(HashSet<string> needed, IEnumerable<string> texts)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var lookup = needed.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var text in texts)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (inWord && start < 0) start = i;
                if (inWord || start < 0) continue;
                var word = text.AsSpan(start, i - start);
                start = -1;
                if (word.Length > buffer.Length) continue;
                var folded = Fold(word, buffer);
                if (lookup.TryGetValue(folded, out var known) && found.Add(known) && found.Count == needed.Count) return found;
            }
        }
        return found;
    }

    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var ascii = true;
        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = char.ToLowerInvariant(word[i]);
            ascii &= word[i] < 128;
        }
        if (ascii) return buffer[..word.Length];
        // Rare: an accented letter ("café"); fold it as the rules' analyzer does.
        var decomposed = new string(buffer[..word.Length]).Normalize(NormalizationForm.FormD);
        var length = 0;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && length < buffer.Length) buffer[length++] = c;
        }
        return buffer[..length];
    }
}

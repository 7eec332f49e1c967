using CyberDiplomacy.Core.Content.Validation;
using Lucene.Net.Analysis.TokenAttributes;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// Reads <c>content/search/synonyms.txt</c> (Solr's synonym format, as editors know it from Solr and Elasticsearch)
/// line by line, with the line and column of every problem: <c>hacker, peretas</c> makes words equivalent,
/// <c>dunia maya => ruang siber</c> replaces the left side by the right, <c>#</c> starts a comment.
/// A line with an error is left out of the rules the site uses; warnings point at lines that do nothing or
/// repeat another.
/// </summary>
public static class SynonymFile
{
    public const string RelativePath = "search/synonyms.txt";

    /// <summary>Rules and queries are matched as the exact fields read words (lowercased, accents folded), before stemming.</summary>
    internal static readonly ExactAnalyzer RuleAnalyzer = new();

    /// <summary>One side's entry: its words as the synonym rules match them (lowercased, accents folded) and where it starts.</summary>
    public sealed record Entry(string Words, int Column);

    /// <summary>A line that loads: equivalent words (no <c>=></c>) or a mapping from inputs to outputs.</summary>
    public sealed record Rule(int Line, string Text, bool IsMapping, IReadOnlyList<Entry> Inputs, IReadOnlyList<Entry> Outputs);

    /// <summary>
    /// For <c>kb check</c> and the build (<see cref="Content.ContentPipeline"/>): syntax, empty sides, a word mapped to
    /// itself, duplicates and cycles among <c>=></c> rules (KB034, KB035); with the corpus's texts, also rules whose
    /// targets no document uses (<see cref="SynonymUsage"/>).
    /// </summary>
    public static IReadOnlyList<ContentDiagnostic> Check(string contentRoot, IEnumerable<string>? corpusTexts = null)
    {
        var (rules, problems) = Read(contentRoot);
        if (corpusTexts is null) return problems;
        return [.. problems, .. SynonymUsage.Check(rules, corpusTexts, DisplayPath(contentRoot))];
    }

    public static (IReadOnlyList<Rule> Rules, IReadOnlyList<ContentDiagnostic> Problems) Read(string contentRoot)
    {
        var path = Path.Combine(contentRoot, RelativePath);
        if (!File.Exists(path)) return ([], []);
        return Parse(File.ReadAllLines(path), DisplayPath(contentRoot));
    }

    // As ContentSource.DisplayPath: relative to the content folder's parent.
    private static string DisplayPath(string contentRoot) =>
        Path.GetFileName(contentRoot.TrimEnd(Path.DirectorySeparatorChar, '/')) + "/" + RelativePath;

    public static (IReadOnlyList<Rule> Rules, IReadOnlyList<ContentDiagnostic> Problems) Parse(IReadOnlyList<string> lines, string displayPath)
    {
        var rules = new List<Rule>();
        var problems = new List<ContentDiagnostic>();
        var pairs = new Dictionary<(string, string), int>();
        var replacements = new Dictionary<string, List<(string Target, int Line)>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var number = i + 1;
            void Error(int column, string message) => problems.Add(ContentDiagnostic.Report(DiagnosticRules.SynonymRuleUnreadable, displayPath, number, column, message));
            void Warning(int column, string message) => problems.Add(ContentDiagnostic.Report(DiagnosticRules.SynonymRuleIdle, displayPath, number, column, message));
            var text = WithoutComment(lines[i]);
            if (text.Trim().Length == 0) continue;
            var arrows = SplitUnescaped(text, "=>");
            if (arrows.Count > 2)
            {
                Error(arrows[2].Start - 2, "more than one '=>' on a line; write one mapping per line");
                continue;
            }
            var isMapping = arrows.Count == 2;
            if (isMapping && arrows[0].Text.Trim().Length == 0)
            {
                Error(arrows[1].Start - 2, "nothing before '=>': write the words readers type, then '=>' and what they should find");
                continue;
            }
            if (isMapping && arrows[1].Text.Trim().Length == 0)
            {
                Error(arrows[1].Start - 2, "nothing after '=>': write what readers should find instead of the words before it");
                continue;
            }
            var inputs = Entries(arrows[0], Error);
            var outputs = isMapping ? Entries(arrows[1], Error) : inputs;
            if (inputs is null || outputs is null) continue;
            if (!isMapping && inputs.Count == 1)
            {
                Warning(inputs[0].Column, $"'{inputs[0].Words}' has no synonym on this line: add ', another word' or '=> what to find'");
                continue;
            }
            if (isMapping && inputs.All(input => outputs.All(output => output.Words == input.Words)))
            {
                Warning(inputs[0].Column, $"'{inputs[0].Words}' is mapped to itself, which changes nothing");
                continue;
            }
            if ((Repeated(inputs) ?? (isMapping ? Repeated(outputs) : null)) is { } twice)
            {
                Warning(twice.Column, $"'{twice.Words}' is listed twice on this line");
            }
            if (isMapping && Cycle(inputs, outputs, replacements) is { } cycle)
            {
                Error(cycle.Input.Column, $"'{cycle.Input.Words}' => '{cycle.Target}' undoes line {cycle.Line} ('{cycle.Target}' => … '{cycle.Input.Words}'): "
                    + "readers typing either would only find the other; make them equivalent on one line instead: '"
                    + cycle.Input.Words + ", " + cycle.Target + "'");
                continue;
            }
            var repeat = inputs.SelectMany(input => outputs.Where(output => output.Words != input.Words).Select(output => (input, output)))
                .Select(p => (p.input, p.output, Line: pairs.GetValueOrDefault((p.input.Words, p.output.Words))))
                .FirstOrDefault(p => p.Line > 0);
            if (repeat.Line > 0)
            {
                Warning(repeat.input.Column, $"'{repeat.input.Words}' already finds '{repeat.output.Words}' by line {repeat.Line}");
            }
            foreach (var input in inputs)
            {
                foreach (var output in outputs) pairs.TryAdd((input.Words, output.Words), number);
                if (!isMapping || outputs.Any(o => o.Words == input.Words)) continue;
                if (!replacements.TryGetValue(input.Words, out var targets)) replacements[input.Words] = targets = [];
                targets.AddRange(outputs.Select(o => (o.Words, number)));
            }
            rules.Add(new Rule(number, text.Trim(), isMapping, inputs, outputs));
        }
        return (rules, problems);
    }

    /// <summary>
    /// A mapping that leads back to its own input through earlier mappings that replace words (a => b, then b => a).
    /// Rules that keep the word they map (a => a, b) make words equivalent and close no cycle.
    /// </summary>
    private static (Entry Input, string Target, int Line)? Cycle(IReadOnlyList<Entry> inputs, IReadOnlyList<Entry> outputs,
        Dictionary<string, List<(string Target, int Line)>> replacements)
    {
        foreach (var input in inputs.Where(i => outputs.All(o => o.Words != i.Words)))
        {
            foreach (var output in outputs)
            {
                // Breadth-first from the output: does an earlier replacement chain reach this input?
                var seen = new HashSet<string>(StringComparer.Ordinal) { output.Words };
                var queue = new Queue<(string Word, int FirstLine)>([(output.Words, 0)]);
                while (queue.Count > 0)
                {
                    var (word, firstLine) = queue.Dequeue();
                    foreach (var (target, line) in replacements.GetValueOrDefault(word) ?? [])
                    {
                        var via = firstLine == 0 ? line : firstLine;
                        if (target == input.Words) return (input, output.Words, via);
                        if (seen.Add(target)) queue.Enqueue((target, via));
                    }
                }
            }
        }
        return null;
    }

    private static Entry? Repeated(IReadOnlyList<Entry> entries) =>
        entries.Where((entry, index) => entries.Take(index).Any(earlier => earlier.Words == entry.Words)).FirstOrDefault();

    private static List<Entry>? Entries((string Text, int Start) side, Action<int, string> error)
    {
        var entries = new List<Entry>();
        foreach (var (raw, start) in SplitUnescaped(side.Text, ","))
        {
            var column = side.Start + start - 1 + (raw.Length - raw.TrimStart().Length);
            var trimmed = Unescape(raw.Trim());
            if (trimmed.Length == 0)
            {
                error(column, "an empty entry between commas; remove the extra comma");
                return null;
            }
            var words = Words(trimmed);
            if (words.Length == 0)
            {
                error(column, $"'{trimmed}' has no letters or digits to match");
                return null;
            }
            entries.Add(new Entry(words, column));
        }
        return entries;
    }

    /// <summary>The entry's words as the rules and the reader's query are both matched: lowercased, accents folded.</summary>
    internal static string Words(string text)
    {
        using var stream = RuleAnalyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var words = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return string.Join(' ', words);
    }

    /// <summary>Pieces between unescaped separators, each with its 1-based start column (Solr's rules: a backslash escapes the next character).</summary>
    private static List<(string Text, int Start)> SplitUnescaped(string text, string separator)
    {
        var pieces = new List<(string, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (string.CompareOrdinal(text, i, separator, 0, separator.Length) != 0) continue;
            pieces.Add((text[start..i], start + 1));
            start = i + separator.Length;
            i = start - 1;
        }
        pieces.Add((text[start..], start + 1));
        return pieces;
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\')) return text;
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length) i++;
            builder.Append(text[i]);
        }
        return builder.ToString();
    }

    /// <summary>The line up to an unescaped <c>#</c> (Solr allows comments only on lines of their own; editors write them after rules too).</summary>
    internal static string WithoutComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') i++;
            else if (line[i] == '#') return line[..i];
        }
        return line;
    }
}

using CyberDiplomacy.Core.Content.Terminology;

namespace CyberDiplomacy.Core.Content.Validation;

/// <summary>
/// Consistent terminology: Indonesian articles write a glossary term as the glossary does, not in a spelling the term
/// lists under <c>avoid:</c> (KB030), and a <c>case: exact</c> term's names with exactly their capitals (KB031).
/// English articles are not checked: the preferred forms are Indonesian.
/// </summary>
public static class TerminologyRules
{
    /// <summary>A term's <c>avoid:</c> and <c>case:</c>, with the shape problems reported as front matter errors.</summary>
    public static (IReadOnlyList<string> Avoid, bool CaseExact) ReadFrontMatter(TermFrontMatter front, FrontMatterReader.Block block, string path,
        List<ContentDiagnostic> diagnostics)
    {
        var caseValue = FrontMatterRules.Optional(front.Case);
        if (caseValue is not (null or "exact"))
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.FrontMatterSyntax, path, FrontMatterReader.LineOf(block, "case"), 1,
                $"front matter: case '{caseValue}' is not known (the only value is 'exact')"));
        }
        var term = front.Term?.Trim() ?? "";
        var abbreviation = FrontMatterRules.Optional(front.Abbr);
        foreach (var own in front.Avoid.Select(a => a.Trim()).Where(a => a.Equals(term, StringComparison.OrdinalIgnoreCase) || a.Equals(abbreviation, StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.FrontMatterSyntax, path, FrontMatterReader.LineOf(block, "avoid"), 1,
                $"front matter: avoid lists '{own}', the term's own name or abbreviation"));
        }
        return (TermGuide.Clean(front.Avoid, term, abbreviation), caseValue == "exact");
    }

    /// <summary>KB030 and KB031 in the given articles, against every term's guide.</summary>
    public static IEnumerable<ContentDiagnostic> Check(IEnumerable<(ContentFile File, ContentDocument Document)> articles, IEnumerable<TermGuide> terms,
        ContentParser parser, Func<string, string> displayPath)
    {
        var scanner = new TerminologyScanner(terms.Where(t => t.HasRules));
        if (scanner.IsEmpty) return [];
        return articles.Where(a => a.Document.Kind == DocumentKind.Article && a.Document.Lang == "id" && scanner.MayMatch(a.File.Text))
            .AsParallel().AsOrdered()
            .SelectMany(a => Diagnostics(a.File, scanner.Scan(parser.ParseMarkdown(a.File.Text), a.File.Text), displayPath(a.File.RelativePath)))
            .ToList();
    }

    private static IEnumerable<ContentDiagnostic> Diagnostics(ContentFile file, List<TerminologyFinding> findings, string path)
    {
        var lines = new LineIndex(file.Text);
        foreach (var finding in findings)
        {
            var (line, column) = lines.Position(finding.Offset);
            var term = $"glossary/{finding.Term.Slug}.md";
            yield return finding.Issue == TerminologyIssue.AvoidedSpelling
                ? ContentDiagnostic.Report(DiagnosticRules.AvoidedSpelling, path, line, column,
                    $"'{finding.Found}' is a spelling the glossary avoids: write '{finding.Suggestion}' ({term})")
                : ContentDiagnostic.Report(DiagnosticRules.CaseMismatch, path, line, column,
                    $"'{finding.Found}' is written with other capitals than the glossary's: write '{finding.Suggestion}' ({term}, case: exact)");
        }
    }
}

/// <summary>File offsets to 1-based line and column.</summary>
public sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') _starts.Add(i + 1);
        }
    }

    public (int Line, int Column) Position(int offset)
    {
        var index = _starts.BinarySearch(Math.Max(0, offset));
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _starts[line] + 1);
    }
}

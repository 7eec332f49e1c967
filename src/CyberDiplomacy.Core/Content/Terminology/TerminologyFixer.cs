namespace CyberDiplomacy.Core.Content.Terminology;

/// <summary>What <c>kb check --fix</c> would change in one article: its text before and after, and what it could not rewrite.</summary>
public sealed record TerminologyFix(ContentFile File, string DisplayPath, string FixedText, IReadOnlyList<TerminologyFinding> Rewritten,
    IReadOnlyList<TerminologyFinding> LeftForEditor)
{
    public bool Changes => Rewritten.Count > 0;

    public string Diff => UnifiedDiff.Create(DisplayPath, File.Text, FixedText);
}

/// <summary>
/// Rewrites avoided spellings and mis-capitalised <c>case: exact</c> names in the Indonesian articles (KB030, KB031),
/// finding them exactly as <c>kb check</c> does (<see cref="TerminologyScanner"/> over the same glossary). A finding
/// that spans a line break or markup, or hides its root behind a sound change (menyerang), is left for the editor.
/// </summary>
public static class TerminologyFixer
{
    public static List<TerminologyFix> Plan(ContentSource source, ContentParser parser)
    {
        var files = source.ReadAll();
        var pipeline = new ContentPipeline(parser, source);
        var terms = pipeline.ParseTerms(files.Where(f => f.IsTerm));
        var scanner = new TerminologyScanner(terms.Documents.Select(t => TermGuide.From(t.Document)).Where(g => g.HasRules));
        if (scanner.IsEmpty) return [];
        return files.Where(f => !f.IsTerm && ContentPaths.Locate(f.RelativePath) is { Kind: DocumentKind.Article, Lang: "id" } && scanner.MayMatch(f.Text))
            .Select(f => Fix(f, source.DisplayPath(f.RelativePath), scanner.Scan(parser.ParseMarkdown(f.Text), f.Text)))
            .Where(f => f.Rewritten.Count > 0 || f.LeftForEditor.Count > 0)
            .ToList();
    }

    public static TerminologyFix Fix(ContentFile file, string displayPath, IReadOnlyList<TerminologyFinding> findings)
    {
        var rewritten = findings.Where(f => f.Replacement is not null).OrderBy(f => f.Offset).ToList();
        var text = file.Text;
        // From the end, so that earlier offsets stay valid; findings never overlap (the scanner moves past each match).
        foreach (var finding in Enumerable.Reverse(rewritten))
        {
            text = string.Concat(text.AsSpan(0, finding.Offset), finding.Replacement, text.AsSpan(finding.Offset + finding.Found.Length));
        }
        return new TerminologyFix(file, displayPath, text, rewritten, findings.Where(f => f.Replacement is null).ToList());
    }
}

namespace CyberDiplomacy.Core.Content.Validation;

/// <summary>Checks that need the whole corpus: unique slugs, links and <c>related</c> that resolve, translations that point back, unique term names.</summary>
public static class CorpusRules
{
    public static IReadOnlyList<ContentDiagnostic> Validate(IReadOnlyCollection<DocumentOutline> documents, Func<string, string> displayPath)
    {
        var diagnostics = new List<ContentDiagnostic>();
        var byKey = new Dictionary<(DocumentKind, string), DocumentOutline>();
        foreach (var document in documents.OrderBy(d => d.RelativePath, StringComparer.Ordinal))
        {
            if (!byKey.TryAdd((document.Kind, document.Slug), document))
            {
                var first = byKey[(document.Kind, document.Slug)];
                diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.DuplicateSlug, displayPath(document.RelativePath), 1, 1,
                    $"duplicate slug '{document.Slug}': {first.RelativePath} already uses it (slugs are unique across languages)"));
            }
        }

        foreach (var document in documents)
        {
            // Most documents have nothing to report: their display path is made only when one does.
            if (document.Links.Count == 0 && document.Related.Count == 0 && document.Translation is null) continue;
            var path = displayPath(document.RelativePath);
            foreach (var link in document.Links.Where(l => l.TargetKind is not null))
            {
                if (!byKey.ContainsKey((link.TargetKind!.Value, link.TargetSlug!)))
                {
                    diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.DanglingLink, path, link.Line, link.Column, $"link '{link.Url}' resolves to nothing"));
                }
            }
            foreach (var related in document.Related.Where(r => !byKey.ContainsKey((DocumentKind.Term, r))))
            {
                diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.UnknownRelated, path, document.LineOf("related"), 1, $"related term '{related}' does not exist"));
            }
            CheckTranslation(document, byKey, path, diagnostics);
        }

        var symbols = new Dictionary<string, DocumentOutline>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in documents.Where(d => d.Symbol is not null).OrderBy(d => d.RelativePath, StringComparer.Ordinal))
        {
            if (!symbols.TryAdd(document.Symbol!, document))
            {
                diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.DuplicateSymbol, displayPath(document.RelativePath), document.LineOf("symbol"), 1,
                    $"symbol '{document.Symbol}' is already used by {symbols[document.Symbol!].RelativePath}"));
            }
        }

        diagnostics.AddRange(WayfindingRules.Check(documents, displayPath));

        var owners = new Dictionary<string, DocumentOutline>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in documents.Where(d => d.Kind == DocumentKind.Term).OrderBy(d => d.Slug, StringComparer.Ordinal))
        {
            foreach (var name in term.Names.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!owners.TryAdd(name, term) && owners[name] != term)
                {
                    diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.DuplicateTermName, displayPath(term.RelativePath), term.LineOf("aliases"), 1,
                        $"term name or alias '{name}' is already used by glossary/{owners[name].Slug}.md"));
                }
            }
        }
        return diagnostics;
    }

    private static void CheckTranslation(DocumentOutline document, Dictionary<(DocumentKind, string), DocumentOutline> byKey,
        string path, List<ContentDiagnostic> diagnostics)
    {
        if (document.Translation is null) return;
        if (!byKey.TryGetValue((DocumentKind.Article, document.Translation), out var other))
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.BrokenTranslation, path, document.LineOf("translation"), 1, $"translation '{document.Translation}' does not exist"));
        }
        else if (other.Lang == document.Lang)
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.BrokenTranslation, path, document.LineOf("translation"), 1, $"translation '{document.Translation}' is in the same language ({document.Lang})"));
        }
        else if (other.Translation != document.Slug)
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.OneWayTranslation, path, document.LineOf("translation"), 1, $"translation '{document.Translation}' does not point back (add 'translation: {document.Slug}' to it)"));
        }
    }
}

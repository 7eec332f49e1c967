using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Validation;

namespace CyberDiplomacy.Core.Export;

/// <summary>The glossary to export, read straight from the content folder (<c>kb export</c>: no build, no store).</summary>
public static class GlossaryExport
{
    /// <summary>The terms a fresh build publishes, in export order, and the errors that keep other term files out.</summary>
    public sealed record ContentGlossary(List<ExportedTerm> Terms, IReadOnlyList<ContentDiagnostic> TermErrors);

    public static ContentGlossary FromContent(ContentSource source, ContentParser parser)
    {
        var (_, validated) = new ContentPipeline(parser, source).CheckAll();
        var terms = validated.Accepted.Where(a => a.Document.Kind == DocumentKind.Term).Select(a => ExportedTerm.From(a.Document));
        var termFiles = source.Scan().Where(f => f.IsTerm).Select(f => source.DisplayPath(f.RelativePath)).ToHashSet(StringComparer.Ordinal);
        return new ContentGlossary(ExportedTerm.InGlossaryOrder(terms), validated.Diagnostics.Where(d => d.IsError && termFiles.Contains(d.Path)).ToList());
    }
}

using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>Parses and validates the whole content folder without writing anything (<c>kb check</c>).</summary>
public sealed class ContentChecker(ContentSource source, ContentParser parser)
{
    public sealed record Result(int Files, IReadOnlyList<ContentDiagnostic> Diagnostics)
    {
        public int Errors => Diagnostics.Count(d => d.IsError);
        public int Warnings => Diagnostics.Count(d => !d.IsError);
    }

    public Result Check()
    {
        var files = source.ReadAll();
        var compiler = new ContentCompiler(parser, source);
        var terms = compiler.ParseTerms(files.Where(f => f.IsTerm));
        var linker = ContentCompiler.LinkerFor(terms.Documents.Select(t => (t.Document.Slug, DocumentOutline.From(t.Document).Names)));
        var articles = compiler.ParseArticles(files.Where(f => !f.IsTerm), linker);
        var outlines = terms.Documents.Concat(articles.Documents).Select(d => DocumentOutline.From(d.Document))
            .Concat(terms.FailedPaths.Concat(articles.FailedPaths).Select(DocumentOutline.Placeholder))
            .ToList();
        var diagnostics = terms.Diagnostics.Concat(articles.Diagnostics)
            .Concat(ContentValidator.Validate(outlines, source.DisplayPath))
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        return new Result(files.Count, diagnostics);
    }
}

using System.Collections.Concurrent;
using CyberDiplomacy.Core.Content.Markdown;
using CyberDiplomacy.Core.Content.Terminology;
using CyberDiplomacy.Core.Content.Validation;
using CyberDiplomacy.Core.Search;

namespace CyberDiplomacy.Core.Content;

/// <summary>Progress of parsing: <see cref="Done"/> of <see cref="Total"/> files.</summary>
public sealed record ParseProgress(string Stage, int Done, int Total);

/// <summary>
/// Parse → validate, the one way both <c>kb check</c> and the ingest turn files into documents and diagnostics, so the
/// two cannot disagree: glossary first, then articles auto-linked against it (in parallel), then the rules that need
/// the whole corpus; diagnostics come back in one order.
/// </summary>
public sealed class ContentPipeline(ContentParser parser, ContentSource source)
{
    private readonly ConcurrentDictionary<string, TermGuide?> _termGuides = new(StringComparer.Ordinal);

    public sealed record Parsed(IReadOnlyList<(ContentFile File, ContentDocument Document)> Documents, IReadOnlyList<ContentDiagnostic> Diagnostics,
        IReadOnlySet<string> FailedPaths);

    /// <summary>What the corpus rules found, and which parsed documents they leave publishable.</summary>
    public sealed record Validated(IReadOnlyList<ContentDiagnostic> Diagnostics, IReadOnlyList<(ContentFile File, ContentDocument Document)> Accepted,
        bool HasDanglingLinks);

    public Parsed ParseTerms(IEnumerable<ContentFile> files, IProgress<ParseProgress>? progress = null, int total = 0,
        CancellationToken cancellationToken = default) =>
        Parse(files, null, progress, total, cancellationToken);

    public Parsed ParseArticles(IEnumerable<ContentFile> files, GlossaryAutoLinker linker, IProgress<ParseProgress>? progress = null, int total = 0,
        CancellationToken cancellationToken = default) =>
        Parse(files, linker, progress, total, cancellationToken);

    public static GlossaryAutoLinker LinkerFor(IEnumerable<(string Slug, IReadOnlyList<string> Names)> terms) =>
        new(terms.SelectMany(t => t.Names.Select(n => new GlossaryName(t.Slug, n))));

    /// <summary>
    /// The corpus rules over what was parsed now plus <paramref name="unchanged"/> (documents kept as stored); a parsed
    /// document with a corpus error is not accepted (its last good version, if any, keeps serving).
    /// </summary>
    public Validated Validate(Parsed terms, Parsed articles, IEnumerable<DocumentOutline> unchanged)
    {
        var parsed = terms.Documents.Concat(articles.Documents).ToList();
        var kept = unchanged.ToList();
        var keptPaths = kept.Select(k => k.RelativePath).ToHashSet(StringComparer.Ordinal);
        // A file that failed to parse still exists: its stored version stands in for it, else a placeholder does, so
        // links to it are not reported as dangling (one mistake, one error).
        var outlines = parsed.Select(p => DocumentOutline.From(p.Document))
            .Concat(terms.FailedPaths.Concat(articles.FailedPaths).Where(p => !keptPaths.Contains(p)).Select(DocumentOutline.Placeholder))
            .Concat(kept)
            .ToList();
        var corpus = CorpusRules.Validate(outlines, source.DisplayPath);
        var rejected = corpus.Where(d => d.IsError).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var guides = TermGuides(terms, kept);
        var terminology = articles.Documents.Count == 0 ? [] : TerminologyRules.Check(articles.Documents, guides, parser, source.DisplayPath);
        // The search tuning file, read on every ingest as StemmingRules reads it; whether its targets are used can be
        // told only when every document was parsed now (kb check, a full build).
        var synonyms = SynonymFile.Check(source.Root, kept.Count == 0 ? parsed.SelectMany(p => CorpusTexts(p.Document)) : null);
        return new Validated(
            ContentDiagnostic.Sort(terms.Diagnostics.Concat(articles.Diagnostics).Concat(corpus).Concat(terminology).Concat(synonyms)),
            parsed.Where(p => !rejected.Contains(source.DisplayPath(p.File.RelativePath))).ToList(),
            corpus.Any(d => d.Rule == DiagnosticRules.DanglingLink));
    }

    private static IEnumerable<string> CorpusTexts(ContentDocument document) =>
        [document.Title, document.PlainText, document.English ?? "", document.Abbreviation ?? "", .. document.Aliases];

    /// <summary>
    /// How every term is to be written: from the terms parsed now, and for a term kept as stored (an incremental
    /// ingest) from its file's front matter, which the store does not hold. Remembered across ingests by path: a kept
    /// term has not changed since it was last parsed or read here, and every change to a term is parsed.
    /// </summary>
    private List<TermGuide> TermGuides(Parsed terms, IEnumerable<DocumentOutline> kept)
    {
        foreach (var (file, document) in terms.Documents) _termGuides[file.RelativePath] = TermGuide.From(document);
        foreach (var failed in terms.FailedPaths) _termGuides.TryRemove(failed, out _);
        var keptTerms = kept.Where(k => k.Kind == DocumentKind.Term)
            .Select(k => _termGuides.GetOrAdd(k.RelativePath, path => source.Read(path) is { } file ? TermGuide.FromFile(k.Slug, file.Text) : null));
        return terms.Documents.Select(t => _termGuides[t.File.RelativePath]).Concat(keptTerms).OfType<TermGuide>().ToList();
    }

    /// <summary>Everything in the content folder, parsed and validated from scratch (<c>kb check</c>).</summary>
    public (int Files, Validated Result) CheckAll()
    {
        var files = source.ReadAll();
        var terms = ParseTerms(files.Where(f => f.IsTerm));
        var articles = ParseArticles(files.Where(f => !f.IsTerm), LinkerFor(terms.Documents.Select(t => (t.Document.Slug, DocumentOutline.From(t.Document).Names))));
        return (files.Count, Validate(terms, articles, []));
    }

    private Parsed Parse(IEnumerable<ContentFile> files, GlossaryAutoLinker? linker, IProgress<ParseProgress>? progress, int total,
        CancellationToken cancellationToken)
    {
        var documents = new ConcurrentBag<(int, ContentFile, ContentDocument)>();
        var diagnostics = new ConcurrentBag<ContentDiagnostic>();
        var failed = new ConcurrentDictionary<string, bool>();
        var done = 0;
        var list = files.ToList();
        Parallel.ForEach(list.Select((f, i) => (f, i)), new ParallelOptions { CancellationToken = cancellationToken }, item =>
        {
            var (file, order) = item;
            var display = source.DisplayPath(file.RelativePath);
            ParseResult result;
            try
            {
                result = parser.Parse(file.RelativePath, display, file.Text, linker);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Markdig is robust, but one file must never stop the build: report it like any other problem.
                result = new ParseResult(null, [ContentDiagnostic.Report(DiagnosticRules.Unparsable, display, 1, 1, "could not be parsed: " + ex.Message)]);
            }
            foreach (var diagnostic in result.Diagnostics) diagnostics.Add(diagnostic);
            var images = result.Document is null ? [] : ImageRules.Missing(result.Document, source.Root, display).ToList();
            foreach (var image in images) diagnostics.Add(image);
            if (result.HasErrors || images.Count > 0) failed[file.RelativePath] = true;
            else documents.Add((order, file, result.Document!));
            var count = Interlocked.Increment(ref done);
            progress?.Report(new ParseProgress(linker is null ? "glossary" : "articles", count, total == 0 ? list.Count : total));
        });
        return new Parsed(
            documents.OrderBy(d => d.Item1).Select(d => (d.Item2, d.Item3)).ToList(),
            ContentDiagnostic.Sort(diagnostics),
            failed.Keys.ToHashSet(StringComparer.Ordinal));
    }
}

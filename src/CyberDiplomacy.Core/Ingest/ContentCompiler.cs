using System.Collections.Concurrent;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>Parses files in parallel: glossary first, then articles auto-linked against the glossary.</summary>
public sealed class ContentCompiler(ContentParser parser, ContentSource source)
{
    public sealed record Compiled(IReadOnlyList<(ContentFile File, ContentDocument Document)> Documents, IReadOnlyList<ContentDiagnostic> Diagnostics, IReadOnlySet<string> FailedPaths);

    public Compiled ParseTerms(IEnumerable<ContentFile> files, IProgress<IngestProgress>? progress = null, int total = 0,
        CancellationToken cancellationToken = default) =>
        Parse(files, null, progress, total, cancellationToken);

    public Compiled ParseArticles(IEnumerable<ContentFile> files, GlossaryAutoLinker linker, IProgress<IngestProgress>? progress = null, int total = 0,
        CancellationToken cancellationToken = default) =>
        Parse(files, linker, progress, total, cancellationToken);

    public static GlossaryAutoLinker LinkerFor(IEnumerable<(string Slug, IReadOnlyList<string> Names)> terms) =>
        new(terms.SelectMany(t => t.Names.Select(n => new GlossaryName(t.Slug, n))));

    private Compiled Parse(IEnumerable<ContentFile> files, GlossaryAutoLinker? linker, IProgress<IngestProgress>? progress, int total,
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
                result = new ParseResult(null, [ContentDiagnostic.Error(display, 1, 1, "could not be parsed: " + ex.Message)]);
            }
            foreach (var diagnostic in result.Diagnostics) diagnostics.Add(diagnostic);
            foreach (var image in ImagesMissing(file, result.Document, display)) diagnostics.Add(image);
            if (result.HasErrors) failed[file.RelativePath] = true;
            else documents.Add((order, file, result.Document!));
            var count = Interlocked.Increment(ref done);
            progress?.Report(new IngestProgress(linker is null ? "glossary" : "articles", count, total == 0 ? list.Count : total));
        });
        return new Compiled(
            documents.OrderBy(d => d.Item1).Select(d => (d.Item2, d.Item3)).ToList(),
            [.. diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)],
            failed.Keys.ToHashSet());
    }

    private IEnumerable<ContentDiagnostic> ImagesMissing(ContentFile file, ContentDocument? document, string display)
    {
        if (document is null) yield break;
        foreach (var link in document.Links.Where(l => l.TargetKind is null && IsLocalImage(l.Url)))
        {
            var folder = Path.GetDirectoryName(Path.Combine(source.Root, file.RelativePath))!;
            if (!File.Exists(Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(link.Url.Split('#', '?')[0])))))
            {
                yield return ContentDiagnostic.Error(display, link.Line, link.Column, $"image '{link.Url}' does not exist");
            }
        }
    }

    private static bool IsLocalImage(string url) =>
        !url.Contains(':') && !url.StartsWith('/') && !url.StartsWith('#')
        && Path.GetExtension(url.Split('#', '?')[0]).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".gif" or ".svg" or ".webp";
}

using System.Security.Cryptography;
using System.Text;
using CyberDiplomacy.Core.Content.Markdown;
using CyberDiplomacy.Core.Content.Validation;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace CyberDiplomacy.Core.Content;

public sealed record ParseResult(ContentDocument? Document, IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    public bool HasErrors => Document is null || Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Turns one Markdown file into a <see cref="ContentDocument"/>, reporting problems instead of throwing. The steps,
/// in order: limits, front matter, Markdown parse, link rewriting, per-kind front matter rules, citations, glossary
/// auto-linking (articles), rendering.
/// </summary>
public sealed class ContentParser(MarkdownPipeline pipeline, ContentLimits limits)
{
    private readonly MarkdownRendering _rendering = new(pipeline);

    public ContentParser() : this(MarkdownPipelineFactory.Create(), ContentLimits.Default)
    {
    }

    /// <summary>
    /// Raise when the same Markdown renders differently (pipeline, extensions, post-processing): stored HTML is keyed
    /// by file hash, so this is what makes the next ingest re-render every document.
    /// </summary>
    public const string RenderingVersion = "9";

    /// <param name="displayPath">Path used in diagnostics (relative to the content folder's parent, e.g. <c>content/articles/x.md</c>).</param>
    /// <param name="relativePath">Path relative to the content folder (<c>articles/x.md</c>), which decides kind and language.</param>
    public ParseResult Parse(string relativePath, string displayPath, string text, GlossaryAutoLinker? autoLinker = null)
    {
        var diagnostics = new List<ContentDiagnostic>();
        var location = ContentPaths.Locate(relativePath) ?? new ContentLocation(DocumentKind.Article, "id", Path.GetFileNameWithoutExtension(relativePath));
        if (!SiteUrls.IsValidSlug(location.Slug))
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.InvalidSlug, displayPath, 1, 1,
                $"file name '{location.Slug}' is not a valid slug (lowercase a-z, 0-9 and single hyphens)"));
            return new ParseResult(null, diagnostics);
        }
        if (limits.Check(displayPath, text) is { } limitError)
        {
            diagnostics.Add(limitError);
            return new ParseResult(null, diagnostics);
        }
        var block = FrontMatterReader.Extract(text);
        if (block is null)
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.MissingFrontMatter, displayPath, 1, 1,
                "missing front matter: the file must start with a '---' line and close it with another"));
            return new ParseResult(null, diagnostics);
        }
        try
        {
            var file = new ParsedFile(relativePath, displayPath, location, Hash(text), block, _rendering.Parse(text), diagnostics);
            var document = location.Kind switch
            {
                DocumentKind.Term => BuildTerm(file),
                DocumentKind.Document => BuildInstrument(file),
                DocumentKind.Topic => BuildTopic(file),
                DocumentKind.ReadingPath => BuildReadingPath(file),
                _ => BuildArticle(file, autoLinker),
            };
            if (!file.Markdown.Any(b => b is not YamlFrontMatterBlock))
            {
                diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.EmptyBody, displayPath, block.FirstLine + block.Lines.Length + 1, 1, "the body is empty"));
            }
            return new ParseResult(document, diagnostics);
        }
        catch (Exception ex) when (IsMarkdigFailure(ex))
        {
            // Markdig stops at its nesting limit (while parsing, or while rendering deep emphasis) without a position.
            var line = MarkdownFailureLocator.Locate(text, block.FirstLine + block.Lines.Length, Fails);
            var reason = ex.Message.Contains("depth limit", StringComparison.OrdinalIgnoreCase)
                ? "Markdown is nested too deeply (block quotes, lists, brackets or emphasis inside each other)"
                : "Markdown could not be processed: " + ex.Message;
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.MarkdownTooDeep, displayPath, line, 1, reason));
            return new ParseResult(null, diagnostics);
        }
    }

    /// <summary>What every step of one file's parse shares.</summary>
    private sealed record ParsedFile(string RelativePath, string DisplayPath, ContentLocation Location, string Hash,
        FrontMatterReader.Block Block, MarkdownDocument Markdown, List<ContentDiagnostic> Diagnostics)
    {
        public DocumentLinkRewriter.Result Links { get; } = RewriteLinks(Markdown, RelativePath, DisplayPath, Diagnostics);
        public List<HeadingEntry> Headings { get; } = HeadingRules.Collect(Markdown, DisplayPath, Diagnostics);

        private static DocumentLinkRewriter.Result RewriteLinks(MarkdownDocument markdown, string relativePath, string displayPath, List<ContentDiagnostic> diagnostics)
        {
            var result = DocumentLinkRewriter.Rewrite(markdown, relativePath);
            diagnostics.AddRange(result.Diagnostics.Select(d => d with { Path = displayPath }));
            return result;
        }
    }

    private static bool IsMarkdigFailure(Exception ex) => ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException;

    private bool Fails(string prefix)
    {
        try
        {
            _rendering.Html(_rendering.Parse(prefix));
            return false;
        }
        catch (Exception ex) when (IsMarkdigFailure(ex))
        {
            return true;
        }
    }

    private ContentDocument? BuildArticle(ParsedFile file, GlossaryAutoLinker? autoLinker)
    {
        var (block, path, diagnostics) = (file.Block, file.DisplayPath, file.Diagnostics);
        if (ReadFrontMatter<ArticleFrontMatter>(file) is not { } front) return null;
        var lang = FrontMatterRules.Optional(front.Lang) ?? file.Location.Lang;
        FrontMatterRules.Require(front.Title, "title", block, path, diagnostics);
        FrontMatterRules.Require(front.Summary, "summary", block, path, diagnostics);
        FrontMatterRules.CheckLang(lang, file.Location.Lang, block, path, diagnostics);
        var sources = SourceRules.ReadSources(front.Sources, block, path, diagnostics);
        var tags = FrontMatterRules.ReadTags(front.Tags, block, path, diagnostics);
        var updated = FrontMatterRules.ReadDate(front.Updated, "updated", block, path, diagnostics);
        var reviewed = SourceRules.ReadReviewed(front.Reviewed, block, path, diagnostics);
        var events = SourceRules.ReadEvents(front.Events, sources, file.Headings.Select(h => h.Id).ToList(), block, path, diagnostics);
        SourceRules.CheckCitations(file.Markdown, sources, requireCitedFacts: true, block, path, diagnostics);
        // Last of the tree walks: once the linker has split literals, Markdig's Descendants() no longer sees every inline.
        var linkedTerms = front.Autolink && autoLinker is not null ? autoLinker.Apply(file.Markdown) : [];
        var (plain, headings) = _rendering.PlainTextWithHeadings(file.Markdown, file.Headings);
        return new ContentDocument
        {
            Kind = DocumentKind.Article,
            Slug = file.Location.Slug,
            RelativePath = file.RelativePath,
            ContentHash = file.Hash,
            Title = front.Title?.Trim() ?? file.Location.Slug,
            Summary = front.Summary?.Trim() ?? "",
            Lang = lang,
            Html = _rendering.Html(file.Markdown),
            PlainText = plain,
            WordCount = CountWords(plain),
            Headings = headings,
            Sections = DocumentSections.Split(plain, headings),
            Links = file.Links.Links,
            TermsUsed = file.Links.Links.Where(l => l.TargetKind == DocumentKind.Term).Select(l => l.TargetSlug!).Concat(linkedTerms.Select(t => t.Slug)).Distinct().ToList(),
            Tags = tags,
            Sources = sources,
            Translation = FrontMatterRules.Optional(front.Translation),
            Updated = updated?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Reviewed = reviewed,
            Events = events,
            Featured = front.Featured,
            KeyLines = KeyLines(block),
        };
    }

    /// <summary>The front matter as <typeparamref name="T"/>, or null with the YAML error reported against the file.</summary>
    private static T? ReadFrontMatter<T>(ParsedFile file) where T : class
    {
        var front = FrontMatterReader.Read<T>(file.Block, file.DisplayPath, out var yamlError);
        if (front is null) file.Diagnostics.Add(yamlError!);
        return front;
    }

    private ContentDocument? BuildTerm(ParsedFile file)
    {
        var (block, path, diagnostics) = (file.Block, file.DisplayPath, file.Diagnostics);
        if (ReadFrontMatter<TermFrontMatter>(file) is not { } front) return null;
        FrontMatterRules.Require(front.Term, "term", block, path, diagnostics);
        FrontMatterRules.Require(front.En, "en", block, path, diagnostics);
        var sources = SourceRules.ReadSources(front.Sources, block, path, diagnostics);
        SourceRules.CheckCitations(file.Markdown, sources, requireCitedFacts: false, block, path, diagnostics);
        var definition = file.Markdown.OfType<ParagraphBlock>().FirstOrDefault();
        if (definition is null)
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.MissingDefinition, path, block.FirstLine + block.Lines.Length + 1, 1,
                "a glossary term needs a first paragraph: its short definition"));
        }
        var (avoid, caseExact) = TerminologyRules.ReadFrontMatter(front, block, path, diagnostics);
        var plain = _rendering.PlainText(file.Markdown);
        var definitionText = definition is null ? "" : _rendering.PlainText(definition);
        return new ContentDocument
        {
            Kind = DocumentKind.Term,
            Slug = file.Location.Slug,
            RelativePath = file.RelativePath,
            ContentHash = file.Hash,
            Title = front.Term?.Trim() ?? file.Location.Slug,
            Lang = file.Location.Lang,
            English = front.En?.Trim(),
            Abbreviation = FrontMatterRules.Optional(front.Abbr),
            Aliases = front.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Related = front.Related.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct().ToList(),
            Tags = FrontMatterRules.ReadTags(front.Tags, block, path, diagnostics),
            Sources = sources,
            Updated = FrontMatterRules.ReadDate(front.Updated, "updated", block, path, diagnostics)?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Html = _rendering.Html(file.Markdown),
            PlainText = plain,
            WordCount = CountWords(plain),
            Headings = file.Headings,
            Links = file.Links.Links,
            DefinitionHtml = definition is null ? "" : _rendering.Html(definition),
            DefinitionText = definitionText,
            Avoid = avoid,
            CaseExact = caseExact,
            Summary = definitionText,
            KeyLines = KeyLines(block),
        };
    }

    private ContentDocument? BuildTopic(ParsedFile file)
    {
        var (block, path, diagnostics) = (file.Block, file.DisplayPath, file.Diagnostics);
        if (ReadFrontMatter<TopicFrontMatter>(file) is not { } front) return null;
        FrontMatterRules.Require(front.Title, "title", block, path, diagnostics);
        var members = WayfindingRules.Members(front.Articles, "articles", block, path, diagnostics);
        return Wayfinding(file, front.Title, front.Summary, new Wayfinding(front.Order ?? int.MaxValue, members, []));
    }

    private ContentDocument? BuildReadingPath(ParsedFile file)
    {
        var (block, path, diagnostics) = (file.Block, file.DisplayPath, file.Diagnostics);
        if (ReadFrontMatter<ReadingPathFrontMatter>(file) is not { } front) return null;
        FrontMatterRules.Require(front.Title, "title", block, path, diagnostics);
        var members = WayfindingRules.Members(front.Steps.Select(s => s.Article ?? "").ToList(), "steps", block, path, diagnostics);
        return Wayfinding(file, front.Title, front.Summary, new Wayfinding(0, members, front.Steps.Select(s => s.Why?.Trim() ?? "").ToList()));
    }

    private ContentDocument Wayfinding(ParsedFile file, string? title, string? summary, Wayfinding wayfinding)
    {
        var plain = _rendering.PlainText(file.Markdown);
        return new ContentDocument
        {
            Kind = file.Location.Kind,
            Slug = file.Location.Slug,
            RelativePath = file.RelativePath,
            ContentHash = file.Hash,
            Title = title?.Trim() ?? file.Location.Slug,
            Summary = FrontMatterRules.Optional(summary) ?? "",
            Lang = file.Location.Lang,
            Html = _rendering.Html(file.Markdown),
            PlainText = plain,
            WordCount = CountWords(plain),
            Headings = file.Headings,
            Links = file.Links.Links,
            Wayfinding = wayfinding,
            KeyLines = KeyLines(file.Block),
        };
    }

    private ContentDocument? BuildInstrument(ParsedFile file)
    {
        var (block, path, diagnostics) = (file.Block, file.DisplayPath, file.Diagnostics);
        if (ReadFrontMatter<InstrumentFrontMatter>(file) is not { } front) return null;
        FrontMatterRules.Require(front.Title, "title", block, path, diagnostics);
        var sources = SourceRules.ReadSources(front.Sources, block, path, diagnostics);
        var instrument = InstrumentRules.Read(front, sources, block, path, diagnostics);
        var events = SourceRules.ReadEvents(front.Events, sources, file.Headings.Select(h => h.Id).ToList(), block, path, diagnostics);
        SourceRules.CheckCitations(file.Markdown, sources, requireCitedFacts: true, block, path, diagnostics);
        var (plain, headings) = _rendering.PlainTextWithHeadings(file.Markdown, file.Headings);
        var summary = file.Markdown.OfType<ParagraphBlock>().FirstOrDefault() is { } first ? _rendering.PlainText(first) : "";
        return new ContentDocument
        {
            Kind = DocumentKind.Document,
            Slug = file.Location.Slug,
            RelativePath = file.RelativePath,
            ContentHash = file.Hash,
            Title = front.Title?.Trim() ?? file.Location.Slug,
            Summary = summary,
            Lang = file.Location.Lang,
            Html = _rendering.Html(file.Markdown),
            PlainText = plain,
            WordCount = CountWords(plain),
            Headings = headings,
            Sections = DocumentSections.Split(plain, headings),
            Links = file.Links.Links,
            Tags = FrontMatterRules.ReadTags(front.Tags, block, path, diagnostics),
            Sources = sources,
            Updated = FrontMatterRules.ReadDate(front.Updated, "updated", block, path, diagnostics)?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Reviewed = SourceRules.ReadReviewed(front.Reviewed, block, path, diagnostics),
            Events = events,
            Instrument = instrument,
            KeyLines = KeyLines(block),
        };
    }

    
    /// <summary>The Markdown tree of a file, through the site's pipeline, for checks that read the text again (terminology).</summary>
    public MarkdownDocument ParseMarkdown(string text) => _rendering.Parse(text);

    private static readonly string[] ReportedKeys = ["related", "translation", "aliases", "term", "title", "symbol"];

    private static Dictionary<string, int> KeyLines(FrontMatterReader.Block block) =>
        ReportedKeys.ToDictionary(k => k, k => FrontMatterReader.LineOf(block, k));

    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

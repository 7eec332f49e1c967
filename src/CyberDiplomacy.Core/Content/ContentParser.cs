using System.Security.Cryptography;
using System.Text;
using CyberDiplomacy.Core.Content.Markdown;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CyberDiplomacy.Core.Content;

public sealed record ParseResult(ContentDocument? Document, IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    public bool HasErrors => Document is null || Diagnostics.Any(d => d.IsError);
}

/// <summary>Turns one Markdown file into a <see cref="ContentDocument"/>, reporting problems instead of throwing.</summary>
public sealed class ContentParser(MarkdownPipeline pipeline, ContentLimits limits)
{
    public ContentParser() : this(MarkdownPipelineFactory.Create(), ContentLimits.Default)
    {
    }

    /// <summary>
    /// Raise when the same Markdown renders differently (pipeline, extensions, post-processing): stored HTML is keyed
    /// by file hash, so this is what makes the next ingest re-render every document.
    /// </summary>
    public const string RenderingVersion = "3";

    /// <param name="displayPath">Path used in diagnostics (relative to the content folder's parent, e.g. <c>content/articles/x.md</c>).</param>
    /// <param name="relativePath">Path relative to the content folder (<c>articles/x.md</c>), which decides kind and language.</param>
    public ParseResult Parse(string relativePath, string displayPath, string text, GlossaryAutoLinker? autoLinker = null)
    {
        var diagnostics = new List<ContentDiagnostic>();
        var location = ContentPaths.Locate(relativePath) ?? new ContentLocation(DocumentKind.Article, "id", Path.GetFileNameWithoutExtension(relativePath));
        var kind = location.Kind;
        var slug = location.Slug;
        if (!SiteUrls.IsValidSlug(slug))
        {
            diagnostics.Add(ContentDiagnostic.Error(displayPath, 1, 1, $"file name '{slug}' is not a valid slug (lowercase a-z, 0-9 and single hyphens)"));
            return new ParseResult(null, diagnostics);
        }
        var limitError = limits.Check(displayPath, text);
        if (limitError is not null)
        {
            diagnostics.Add(limitError);
            return new ParseResult(null, diagnostics);
        }
        var block = FrontMatterReader.Extract(text);
        if (block is null)
        {
            diagnostics.Add(ContentDiagnostic.Error(displayPath, 1, 1, "missing front matter: the file must start with a '---' line and close it with another"));
            return new ParseResult(null, diagnostics);
        }

        try
        {
            return Compile(relativePath, displayPath, text, kind, slug, block, autoLinker, diagnostics);
        }
        catch (Exception ex) when (IsMarkdigFailure(ex))
        {
            // Markdig stops at its nesting limit (while parsing, or while rendering deep emphasis) without a position.
            var line = MarkdownFailureLocator.Locate(text, block.FirstLine + block.Lines.Length, Fails);
            var reason = ex.Message.Contains("depth limit", StringComparison.OrdinalIgnoreCase)
                ? "Markdown is nested too deeply (block quotes, lists, brackets or emphasis inside each other)"
                : "Markdown could not be processed: " + ex.Message;
            diagnostics.Add(ContentDiagnostic.Error(displayPath, line, 1, reason));
            return new ParseResult(null, diagnostics);
        }
    }

    private static bool IsMarkdigFailure(Exception ex) => ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException;

    private bool Fails(string prefix)
    {
        try
        {
            RenderHtml(Markdig.Markdown.Parse(prefix, pipeline));
            return false;
        }
        catch (Exception ex) when (IsMarkdigFailure(ex))
        {
            return true;
        }
    }

    private ParseResult Compile(string relativePath, string displayPath, string text, DocumentKind kind, string slug,
        FrontMatterReader.Block block, GlossaryAutoLinker? autoLinker, List<ContentDiagnostic> diagnostics)
    {
        var markdown = Markdig.Markdown.Parse(text, pipeline);
        var rewrite = DocumentLinkRewriter.Rewrite(markdown, relativePath);
        diagnostics.AddRange(rewrite.Diagnostics.Select(d => d with { Path = displayPath }));
        var headings = CollectHeadings(markdown, displayPath, diagnostics);
        var hash = Hash(text);
        var bodyIsEmpty = !markdown.Any(b => b is not YamlFrontMatterBlock);

        ContentDocument? document = kind == DocumentKind.Article
            ? BuildArticle(block, markdown, relativePath, displayPath, slug, hash, headings, rewrite, autoLinker, diagnostics)
            : BuildTerm(block, markdown, relativePath, displayPath, slug, hash, headings, rewrite, diagnostics);
        if (bodyIsEmpty)
        {
            diagnostics.Add(ContentDiagnostic.Error(displayPath, block.FirstLine + block.Lines.Length + 1, 1, "the body is empty"));
        }
        return new ParseResult(document, diagnostics);
    }

    private ContentDocument? BuildArticle(FrontMatterReader.Block block, MarkdownDocument markdown, string relativePath,
        string displayPath, string slug, string hash, List<HeadingEntry> headings, DocumentLinkRewriter.Result rewrite,
        GlossaryAutoLinker? autoLinker, List<ContentDiagnostic> diagnostics)
    {
        var front = FrontMatterReader.Read<ArticleFrontMatter>(block, displayPath, out var yamlError);
        if (front is null)
        {
            diagnostics.Add(yamlError!);
            return null;
        }
        var expectedLang = ContentPaths.Locate(relativePath)?.Lang ?? "id";
        var lang = string.IsNullOrWhiteSpace(front.Lang) ? expectedLang : front.Lang.Trim();
        Require(front.Title, "title", block, displayPath, diagnostics);
        Require(front.Summary, "summary", block, displayPath, diagnostics);
        CheckLang(lang, expectedLang, block, displayPath, diagnostics);
        SourceRules.CheckSources(front.Sources, block, displayPath, diagnostics);
        CheckTags(front.Tags, block, displayPath, diagnostics);
        var updated = ParseDate(front.Updated, block, displayPath, diagnostics);
        var reviewed = SourceRules.ReadReviewed(front.Reviewed, block, displayPath, diagnostics);
        var events = SourceRules.ReadEvents(front.Events, front.Sources, headings.Select(h => h.Id).ToList(), block, displayPath, diagnostics);
        SourceRules.CheckCitations(markdown, front.Sources, requireCitedFacts: true, block, displayPath, diagnostics);
        var linkedTerms = front.Autolink && autoLinker is not null ? autoLinker.Apply(markdown) : [];
        var plain = RenderPlainText(markdown);
        return new ContentDocument
        {
            Kind = DocumentKind.Article,
            Slug = slug,
            RelativePath = relativePath,
            ContentHash = hash,
            Title = front.Title?.Trim() ?? slug,
            Summary = front.Summary?.Trim() ?? "",
            Lang = lang,
            Html = RenderHtml(markdown),
            PlainText = plain,
            WordCount = CountWords(plain),
            Headings = headings,
            Links = [.. rewrite.Links, .. linkedTerms.Select(t => new DocumentLink(t.Line, t.Column, SiteUrls.Term(t.Slug), DocumentKind.Term, t.Slug))],
            Tags = front.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList(),
            Sources = front.Sources,
            Translation = string.IsNullOrWhiteSpace(front.Translation) ? null : front.Translation.Trim(),
            Updated = updated,
            Reviewed = reviewed,
            Events = events,
            Featured = front.Featured,
            KeyLines = KeyLines(block),
        };
    }

    private ContentDocument? BuildTerm(FrontMatterReader.Block block, MarkdownDocument markdown, string relativePath,
        string displayPath, string slug, string hash, List<HeadingEntry> headings, DocumentLinkRewriter.Result rewrite,
        List<ContentDiagnostic> diagnostics)
    {
        var front = FrontMatterReader.Read<TermFrontMatter>(block, displayPath, out var yamlError);
        if (front is null)
        {
            diagnostics.Add(yamlError!);
            return null;
        }
        Require(front.Term, "term", block, displayPath, diagnostics);
        Require(front.En, "en", block, displayPath, diagnostics);
        SourceRules.CheckSources(front.Sources, block, displayPath, diagnostics);
        SourceRules.CheckCitations(markdown, front.Sources, requireCitedFacts: false, block, displayPath, diagnostics);
        var definition = markdown.OfType<ParagraphBlock>().FirstOrDefault();
        if (definition is null)
        {
            diagnostics.Add(ContentDiagnostic.Error(displayPath, block.FirstLine + block.Lines.Length + 1, 1,
                "a glossary term needs a first paragraph: its short definition"));
        }
        var plain = RenderPlainText(markdown);
        return new ContentDocument
        {
            Kind = DocumentKind.Term,
            Slug = slug,
            RelativePath = relativePath,
            ContentHash = hash,
            Title = front.Term?.Trim() ?? slug,
            Lang = "id",
            English = front.En?.Trim(),
            Abbreviation = string.IsNullOrWhiteSpace(front.Abbr) ? null : front.Abbr.Trim(),
            Aliases = front.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Related = front.Related.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct().ToList(),
            Tags = front.Tags,
            Sources = front.Sources,
            Updated = ParseDate(front.Updated, block, displayPath, diagnostics),
            Html = RenderHtml(markdown),
            PlainText = plain,
            WordCount = CountWords(plain),
            Headings = headings,
            Links = rewrite.Links,
            DefinitionHtml = definition is null ? "" : RenderInlineHtml(definition),
            DefinitionText = definition is null ? "" : RenderInlinePlainText(definition).Trim(),
            Summary = definition is null ? "" : RenderInlinePlainText(definition).Trim(),
            KeyLines = KeyLines(block),
        };
    }

    private static List<HeadingEntry> CollectHeadings(MarkdownDocument markdown, string path, List<ContentDiagnostic> diagnostics)
    {
        var headings = new List<HeadingEntry>();
        var previousLevel = 1; // the page title is the h1
        foreach (var heading in markdown.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                diagnostics.Add(ContentDiagnostic.Warning(path, heading.Line + 1, heading.Column + 1,
                    "level-1 heading in the body: the title is the page's only h1, start sections at ##"));
            }
            else if (heading.Level > previousLevel + 1)
            {
                diagnostics.Add(ContentDiagnostic.Warning(path, heading.Line + 1, heading.Column + 1,
                    $"heading skips a level (h{previousLevel} to h{heading.Level})"));
            }
            previousLevel = heading.Level;
            var text = InlineText(heading.Inline);
            headings.Add(new HeadingEntry(heading.Level, heading.GetAttributes().Id ?? "", text));
        }
        return headings;
    }

    internal static string InlineText(ContainerInline? container)
    {
        if (container is null) return "";
        var builder = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: builder.Append(literal.Content.ToString()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case LineBreakInline: builder.Append(' '); break;
            }
        }
        return builder.ToString().Trim();
    }

    private string RenderHtml(MarkdownDocument markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(markdown);
        return TableStyles.ToClasses(writer.ToString());
    }

    private string RenderPlainText(MarkdownDocument markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        renderer.Render(markdown);
        return writer.ToString();
    }

    private string RenderInlineHtml(ParagraphBlock paragraph)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = true };
        pipeline.Setup(renderer);
        renderer.Render(paragraph);
        return writer.ToString().Trim();
    }

    private string RenderInlinePlainText(ParagraphBlock paragraph)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = true, EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        renderer.Render(paragraph);
        return writer.ToString().Trim();
    }

    private static void Require(string? value, string key, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(ContentDiagnostic.Error(path, FrontMatterReader.LineOf(block, key), 1, $"front matter: '{key}' is required"));
        }
    }

    private static void CheckLang(string lang, string expected, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        if (lang is not ("id" or "en"))
        {
            diagnostics.Add(ContentDiagnostic.Error(path, FrontMatterReader.LineOf(block, "lang"), 1, $"front matter: unknown lang '{lang}' (use id or en)"));
        }
        else if (lang != expected)
        {
            diagnostics.Add(ContentDiagnostic.Error(path, FrontMatterReader.LineOf(block, "lang"), 1,
                $"front matter: lang '{lang}' does not match the folder (articles/en/ holds English, articles/ Indonesian)"));
        }
    }

    private static void CheckTags(List<string> tags, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        foreach (var tag in tags.Where(t => !SiteUrls.IsValidSlug(t.Trim())))
        {
            diagnostics.Add(ContentDiagnostic.Error(path, FrontMatterReader.LineOf(block, "tags"), 1, $"front matter: tag '{tag}' must be lowercase a-z, 0-9 and hyphens"));
        }
    }

    private static DateTime? ParseDate(string? value, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", out var date))
        {
            return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }
        diagnostics.Add(ContentDiagnostic.Error(path, FrontMatterReader.LineOf(block, "updated"), 1, $"front matter: updated '{value}' is not a date (YYYY-MM-DD)"));
        return null;
    }

    private static readonly string[] ReportedKeys = ["related", "translation", "aliases", "term", "title"];

    private static Dictionary<string, int> KeyLines(FrontMatterReader.Block block) =>
        ReportedKeys.ToDictionary(k => k, k => FrontMatterReader.LineOf(block, k));

    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

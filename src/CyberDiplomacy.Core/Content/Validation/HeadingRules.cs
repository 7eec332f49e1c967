using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CyberDiplomacy.Core.Content.Validation;

/// <summary>Collects a document's headings (for its table of contents) and checks their levels.</summary>
public static class HeadingRules
{
    public static List<HeadingEntry> Collect(MarkdownDocument markdown, string path, List<ContentDiagnostic> diagnostics)
    {
        var headings = new List<HeadingEntry>();
        var previousLevel = 1; // the page title is the h1
        foreach (var heading in markdown.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.TitleHeading, path, heading.Line + 1, heading.Column + 1,
                    "level-1 heading in the body: the title is the page's only h1, start sections at ##"));
            }
            else if (heading.Level > previousLevel + 1)
            {
                diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.HeadingSkip, path, heading.Line + 1, heading.Column + 1,
                    $"heading skips a level (h{previousLevel} to h{heading.Level})"));
            }
            previousLevel = heading.Level;
            headings.Add(new HeadingEntry(heading.Level, heading.GetAttributes().Id ?? "", InlineText(heading.Inline)));
        }
        return headings;
    }

    /// <summary>The text of a heading's inlines, without markup.</summary>
    public static string InlineText(ContainerInline? container)
    {
        if (container is null) return "";
        var builder = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case LineBreakInline: builder.Append(' '); break;
            }
        }
        return builder.ToString().Trim();
    }
}

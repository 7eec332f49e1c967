using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace CyberDiplomacy.Core.Content.Markdown.Citations;

/// <summary>
/// Writes a citation as a numbered superscript, <c>[3, hlm. 7]</c>, each number linking to its entry in the source
/// list (<c>#source-3</c>) and carrying an anchor the entry links back to. Plain text gets nothing: the numbers mean
/// nothing to search or to a meta description.
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        if (!renderer.EnableHtmlForInline) return;
        renderer.Write("<sup class=\"cite\">[");
        for (var i = 0; i < citation.Keys.Count; i++)
        {
            var key = citation.Keys[i];
            if (i > 0) renderer.Write("; ");
            if (key.Number > 0)
            {
                var anchor = CitationAnchors.Citation(key.Number, key.Occurrence);
                renderer.Write("<a href=\"#").Write(CitationAnchors.Source(key.Number)).Write("\" id=\"").Write(anchor).Write("\">")
                    .Write(key.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</a>");
            }
            else
            {
                renderer.Write('@').WriteEscape(key.Id);
            }
            if (key.Locator is not null) renderer.Write(", ").WriteEscape(key.Locator);
        }
        renderer.Write("]</sup>");
    }
}

/// <summary>The fragment names shared by the citations in the text and the source list on the page.</summary>
public static class CitationAnchors
{
    public static string Source(int number) => "source-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Citation(int number, int occurrence) =>
        occurrence <= 1 ? "cite-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"cite-{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

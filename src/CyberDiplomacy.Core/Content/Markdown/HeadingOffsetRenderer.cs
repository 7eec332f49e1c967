using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>
/// The heading renderer of the plain-text pass, noting where each heading and the text under it begin in the output:
/// sections come out of the one rendering the plain text needs anyway, with no second walk over the tree.
/// </summary>
internal sealed class HeadingOffsetRenderer(StringWriter output) : HeadingRenderer
{
    public List<(int Start, int BodyStart)> Offsets { get; } = [];

    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var start = output.GetStringBuilder().Length;
        base.Write(renderer, obj);
        Offsets.Add((start, output.GetStringBuilder().Length));
    }
}

using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>
/// Tables in the plain text: a row a line, its cells apart by a dash. Without it a table ran together into one line
/// ("Tanggal Peristiwa 20 September 2022 Rapat paripurna…"), so a search answer could not quote a row on its own.
/// </summary>
internal sealed class PlainTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = true; // a cell's paragraph adds no line break of its own
        foreach (var row in table.OfType<TableRow>())
        {
            var first = true;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (!first) renderer.Write(" — ");
                first = false;
                renderer.WriteChildren(cell);
            }
            renderer.WriteLine();
        }
        renderer.ImplicitParagraph = implicitParagraph;
    }
}

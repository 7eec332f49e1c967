using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>
/// Markdig writes column alignment and grid-table widths as <c>style</c> attributes, which the site's
/// Content-Security-Policy (no <c>'unsafe-inline'</c>) blocks. Once a document is parsed, this moves each cell's
/// alignment into a class the stylesheet knows (<c>align-right</c>) and drops the widths: the browser sizes columns.
/// </summary>
public sealed class TableAlignmentExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= MoveAlignmentToClasses;
        pipeline.DocumentProcessed += MoveAlignmentToClasses;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void MoveAlignmentToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i] is not TableCell cell || columns.Count == 0) continue;
                    var index = Math.Min(cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex, columns.Count - 1);
                    if (columns[index].Alignment is { } alignment) cell.GetAttributes().AddClass("align-" + alignment.ToString().ToLowerInvariant());
                }
            }
            foreach (var column in columns)
            {
                column.Alignment = null;
                column.Width = 0;
            }
        }
    }
}

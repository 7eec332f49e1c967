using System.Text.RegularExpressions;

namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>
/// Markdig writes table column alignment and grid-table column widths as <c>style</c> attributes, which the site's
/// Content-Security-Policy (no <c>'unsafe-inline'</c>) blocks. Alignment becomes a class the stylesheet knows;
/// widths are dropped and the browser sizes the columns.
/// </summary>
public static partial class TableStyles
{
    public static string ToClasses(string html) =>
        html.Contains(" style=\"", StringComparison.Ordinal) ? ColumnWidth().Replace(Alignment().Replace(html, " class=\"align-$1\""), "<col />") : html;

    // Content cannot produce these strings itself: Markdig escapes quotes in text and attribute values.
    [GeneratedRegex(@" style=""text-align: (left|center|right);""", RegexOptions.CultureInvariant)]
    private static partial Regex Alignment();

    [GeneratedRegex("""<col style="width:[0-9.]+%" />""", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnWidth();
}

using System.Text;

namespace CyberDiplomacy.Core.Export;

/// <summary>
/// The glossary as CSV for spreadsheets and CAT tools: RFC 4180 (comma separated, CRLF line ends, a field quoted when
/// it holds a comma, a quote or a line break, quotes doubled), a header row, UTF-8 with a byte order mark so that
/// Excel reads the Indonesian text as UTF-8.
/// </summary>
public static class GlossaryCsv
{
    public static readonly IReadOnlyList<string> Columns = ["slug", "term", "en", "abbr", "aliases", "definition"];

    /// <summary>Between the aliases of one term, inside the single <c>aliases</c> field.</summary>
    public const string AliasSeparator = "; ";

    public static byte[] Write(IEnumerable<ExportedTerm> terms)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Columns);
        foreach (var term in terms)
        {
            AppendRow(csv, [term.Slug, term.Term, term.En, term.Abbr ?? "", string.Join(AliasSeparator, term.Aliases), term.Definition]);
        }
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) csv.Append(',');
            AppendField(csv, fields[i]);
        }
        csv.Append("\r\n");
    }

    private static void AppendField(StringBuilder csv, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Append(field);
            return;
        }
        csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

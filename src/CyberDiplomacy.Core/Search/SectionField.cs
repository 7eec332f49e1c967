using System.Globalization;
using System.Text;
using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// A document's sections in one stored field, a line each (start, body start, end, anchor, title, tab-separated):
/// loaded with the hit's other stored fields, so finding a hit's passages costs no query of its own.
/// </summary>
internal static class SectionField
{
    public static string Encode(IReadOnlyList<DocumentSection> sections)
    {
        var text = new StringBuilder();
        foreach (var s in sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.Start}\t{s.BodyStart}\t{s.End}\t{Clean(s.Anchor)}\t{Clean(s.Title)}\n");
        }
        return text.ToString();
    }

    public static IReadOnlyList<DocumentSection> Decode(string? stored, int bodyLength)
    {
        if (string.IsNullOrEmpty(stored)) return [];
        var sections = new List<DocumentSection>();
        foreach (var line in stored.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var p = line.Split('\t');
            if (p.Length != 5 || !Offset(p[0], out var start) || !Offset(p[1], out var bodyStart) || !Offset(p[2], out var end)) continue;
            // An index written from other text than the body it stores would point anywhere: such a section is dropped.
            if (start > bodyStart || bodyStart > end || end > bodyLength) continue;
            sections.Add(new DocumentSection(p[3], p[4], start, bodyStart, end));
        }
        return sections;
    }

    private static bool Offset(string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

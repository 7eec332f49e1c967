namespace CyberDiplomacy.Core.Content;

/// <summary>
/// Cuts a document's plain text into sections at its headings' offsets (<see cref="HeadingEntry.Start"/>, recorded
/// while the plain text is rendered). One function for a document just parsed and for one read back from the store,
/// so both index the same passages.
/// </summary>
public static class DocumentSections
{
    public static IReadOnlyList<DocumentSection> Split(string plainText, IReadOnlyList<HeadingEntry> headings)
    {
        List<DocumentSection>? sections = null;
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            // Headings from before offsets were recorded (or an extension that skipped one) give no sections, never wrong ones.
            if (heading.Id.Length == 0 || heading.Start < 0 || heading.BodyStart < heading.Start || heading.BodyStart > plainText.Length) continue;
            var end = i + 1 < headings.Count && headings[i + 1].Start >= heading.BodyStart ? Math.Min(headings[i + 1].Start, plainText.Length) : plainText.Length;
            if (string.IsNullOrWhiteSpace(plainText[heading.BodyStart..end])) continue;
            (sections ??= []).Add(new DocumentSection(heading.Id, heading.Text, heading.Start, heading.BodyStart, end));
        }
        return sections ?? (IReadOnlyList<DocumentSection>)[];
    }
}

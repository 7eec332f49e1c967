using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Store;

/// <summary>
/// One entry of the timeline: a primary document's adoption (<see cref="IsDocument"/>) or an event a file lists under
/// <c>events:</c>. <see cref="Url"/> leads to the document, or to the section of the file that tells the event.
/// </summary>
public sealed record TimelineEntry(PartialDate Date, string Title, string Track, string Url, bool IsDocument, string SourceTitle);

/// <summary>
/// The timeline, oldest first, optionally of one track, with how many entries each track has and the years the whole
/// timeline spans (the same whichever track is chosen, so the overview's axis does not move between tracks).
/// </summary>
public sealed record TimelinePage(string? Track, IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<FacetValue> Tracks, int FirstYear, int LastYear)
{

    /// <summary>
    /// Date order (a date known only to the month or year comes before the days in it); on one date, the document
    /// before the events that follow from it, then by title, so the order never depends on how rows were read.
    /// </summary>
    public static IReadOnlyList<TimelineEntry> InOrder(IEnumerable<TimelineEntry> entries) =>
        entries.OrderBy(e => e.Date).ThenBy(e => e.IsDocument ? 0 : 1).ThenBy(e => e.Title, StringComparer.Ordinal).ThenBy(e => e.Url, StringComparer.Ordinal).ToList();

    public static TimelinePage Build(IEnumerable<TimelineEntry> all, string? track)
    {
        var entries = InOrder(all);
        var counts = TimelineTracks.All.Select(t => new FacetValue(t, entries.Count(e => e.Track == t))).ToList();
        var (first, last) = entries.Count == 0 ? (0, 0) : (entries[0].Date.Year, entries[^1].Date.Year);
        return new TimelinePage(track, track is null ? entries : entries.Where(e => e.Track == track).ToList(), counts, first, last);
    }

    /// <summary>The entries before and after a document's own entry on its track.</summary>
    public static (TimelineEntry? Previous, TimelineEntry? Next) Around(IReadOnlyList<TimelineEntry> track, string documentUrl)
    {
        var index = track.ToList().FindIndex(e => e.IsDocument && e.Url == documentUrl);
        if (index < 0) return (null, null);
        return (index > 0 ? track[index - 1] : null, index < track.Count - 1 ? track[index + 1] : null);
    }
}

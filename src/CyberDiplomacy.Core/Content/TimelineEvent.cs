namespace CyberDiplomacy.Core.Content;

/// <summary>A dated event an article or document lists for the timeline (<c>events:</c>).</summary>
public sealed record TimelineEvent(PartialDate Date, string Title, string Track, string? Anchor, string? SourceId);

/// <summary>The timeline's tracks, in the order the timeline shows them.</summary>
public static class TimelineTracks
{
    public static IReadOnlyList<string> All { get; } = ["pbb", "regional", "indonesia", "hukum", "insiden"];

    public static bool IsKnown(string? track) => track is not null && All.Contains(track);
}

using System.Globalization;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;

namespace CyberDiplomacy.Web.Pages.Timeline;

/// <summary>
/// The geometry of the timeline's SVG overview: years along x, one lane per track, one mark per entry. Coordinates
/// are viewBox units; the page scales the drawing to its width (a 375 px phone gets about 0.8 px per unit, a desktop
/// 1.6), and site.css sets the labels' size per width so they read at about 11 px on a phone and 17 px on a desktop.
/// </summary>
public sealed class TimelineChart
{
    public const double Width = 440;
    public const double LaneHeight = 28;
    public const double Top = 6;
    public const double LabelWidth = 80;
    public const double RightMargin = 12;
    public const double AxisHeight = 22;
    public const double MarkRadius = 4.5;
    public const double Height = Top + LaneHeight * 5 + AxisHeight;

    // Marks closer than this on one lane are moved up or down within it, so each stays visible and clickable; a fourth
    // within the same stretch goes back on the line (a crowded year reads as a cluster, which is what it is).
    private const double Crowded = MarkRadius * 2 + 1;
    private static readonly double[] DodgeOffsets = [0, -MarkRadius * 2 - 0.5, MarkRadius * 2 + 0.5];

    public sealed record Lane(string Track, double Y);
    public sealed record Mark(TimelineEntry Entry, double X, double Y);
    /// <summary>A year on the axis: a tick where it starts, its label (when it has one) in its middle.</summary>
    public sealed record Tick(int Year, double X, double LabelX, bool Labelled);

    public IReadOnlyList<Lane> Lanes { get; }
    public IReadOnlyList<Mark> Marks { get; }
    public IReadOnlyList<Tick> Ticks { get; }
    public double AxisY => Top + LaneHeight * Lanes.Count;

    public TimelineChart(TimelinePage timeline)
    {
        var (first, last) = (timeline.FirstYear, Math.Max(timeline.FirstYear, timeline.LastYear));
        var years = last - first + 1;
        double XOf(double year) => LabelWidth + (year - first) / years * (Width - LabelWidth - RightMargin);

        Lanes = TimelineTracks.All.Select((track, i) => new Lane(track, Top + LaneHeight * (i + 0.5))).ToList();
        var marks = new List<Mark>();
        foreach (var lane in Lanes)
        {
            var placed = new List<Mark>();
            foreach (var entry in timeline.Entries.Where(e => e.Track == lane.Track))
            {
                var x = XOf(entry.Date.Year + YearFraction(entry.Date));
                var offset = DodgeOffsets.FirstOrDefault(o => !placed.Any(m => m.Y == lane.Y + o && Math.Abs(m.X - x) < Crowded));
                placed.Add(new Mark(entry, x, lane.Y + offset));
            }
            marks.AddRange(placed);
        }
        Marks = marks;
        // A label every four years (1998, 2002 … 2026): any closer and they touch at a phone's width.
        Ticks = Enumerable.Range(first, years).Select(y => new Tick(y, XOf(y), XOf(y + 0.5), (y - first) % 4 == 0)).ToList();
    }

    /// <summary>Where in its year a date falls: its month and day, or the middle of what is known.</summary>
    private static double YearFraction(PartialDate date) =>
        !date.HasMonth ? 0.5 : (date.Month - 1 + (date.HasDay ? (date.Day - 0.5) / DateTime.DaysInMonth(date.Year, date.Month) : 0.5)) / 12;

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using CyberDiplomacy.Web.Pages.Timeline;

namespace CyberDiplomacy.Web.Tests;

/// <summary>The overview's geometry: every mark inside the drawing, on its track's lane, in date order along the axis.</summary>
public sealed class TimelineChartTests
{
    private static TimelineEntry Entry(string date, string track, string title = "t") =>
        new(PartialDate.TryParse(date, out var d) ? d : throw new ArgumentException(date), title, track, "/documents/" + title, true, title);

    private static TimelineChart Chart(params TimelineEntry[] entries) => new(TimelinePage.Build(entries, null));

    [Fact]
    public void Marks_stay_inside_the_drawing_on_their_lane_in_date_order()
    {
        var chart = Chart(Entry("1998-12-04", "pbb", "a"), Entry("2010", "hukum", "b"), Entry("2026-04", "insiden", "c"), Entry("2026-12-31", "pbb", "d"));

        foreach (var mark in chart.Marks)
        {
            Assert.InRange(mark.X, TimelineChart.LabelWidth + TimelineChart.MarkRadius, TimelineChart.Width - TimelineChart.MarkRadius);
            Assert.InRange(mark.Y, TimelineChart.MarkRadius, chart.AxisY - TimelineChart.MarkRadius);
            var lane = chart.Lanes.Single(l => l.Track == mark.Entry.Track);
            Assert.InRange(mark.Y, lane.Y - TimelineChart.LaneHeight / 2, lane.Y + TimelineChart.LaneHeight / 2);
        }
        var byDate = chart.Marks.OrderBy(m => m.Entry.Date).Select(m => m.Entry.Title);
        Assert.Equal(byDate, chart.Marks.OrderBy(m => m.X).Select(m => m.Entry.Title));
    }

    [Fact]
    public void Marks_on_the_same_day_and_lane_are_moved_apart_so_each_can_be_seen_and_clicked()
    {
        var chart = Chart(Entry("2022-02-24", "insiden", "a"), Entry("2022-02-24", "insiden", "b"), Entry("2022-02-25", "insiden", "c"));

        var positions = chart.Marks.Select(m => (m.X, m.Y)).ToList();
        for (var i = 0; i < positions.Count; i++)
        {
            for (var j = i + 1; j < positions.Count; j++)
            {
                var distance = Math.Sqrt(Math.Pow(positions[i].X - positions[j].X, 2) + Math.Pow(positions[i].Y - positions[j].Y, 2));
                Assert.True(distance >= TimelineChart.MarkRadius * 2, $"marks {i} and {j} overlap");
            }
        }
    }

    [Fact]
    public void The_axis_labels_every_fourth_year_from_the_first()
    {
        var chart = Chart(Entry("1998", "pbb"), Entry("2026", "pbb"));

        Assert.Equal(29, chart.Ticks.Count);
        Assert.Equal([1998, 2002, 2006, 2010, 2014, 2018, 2022, 2026], chart.Ticks.Where(t => t.Labelled).Select(t => t.Year));
        Assert.Equal(5, chart.Lanes.Count);
    }
}

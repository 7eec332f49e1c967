using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;

namespace CyberDiplomacy.Core.Tests.Store;

/// <summary>The catalogue's filters and counts, and the timeline's order, on hand-made rows (no store needed).</summary>
public sealed class DocumentCatalogueTests
{
    private static DocumentListing Listing(string slug, string kind, string body, string adopted, string? status = null) =>
        new(slug, slug.ToUpperInvariant(), null, kind, body, Date(adopted), "pbb", status);

    private static PartialDate Date(string text) => PartialDate.TryParse(text, out var date) ? date : throw new ArgumentException(text);

    private static readonly DocumentListing[] All =
    [
        Listing("a", "resolution", "Majelis Umum PBB", "1998-12-04"),
        Listing("b", "report", "UN GGE", "2013-06-24", "member"),
        Listing("c", "report", "UN GGE", "2015-07-22"),
        Listing("d", "treaty", "Majelis Umum PBB", "2024-12-24", "not-party"),
        Listing("e", "law", "DPR", "2008", "issued"),
    ];

    [Fact]
    public void No_filter_lists_everything_newest_first()
    {
        var catalogue = DocumentCatalogue.Build(All, DocumentFilter.None);

        Assert.Equal(["d", "c", "b", "e", "a"], catalogue.Documents.Select(d => d.Slug));
        Assert.Equal(5, catalogue.Total);
    }

    [Fact]
    public void Filters_combine_and_counts_leave_out_their_own_filter()
    {
        var catalogue = DocumentCatalogue.Build(All, DocumentFilter.Read("report", null, "2010", null, DocumentFilter.Oldest));

        Assert.Equal(["b", "c"], catalogue.Documents.Select(d => d.Slug));
        // Kinds are counted within the 2010s (the decade filter), decades among reports (the kind filter).
        Assert.Equal([new FacetValue("report", 2)], catalogue.Kinds);
        Assert.Equal([new FacetValue("2010", 2)], catalogue.Decades);
        Assert.Equal([new FacetValue("member", 1)], catalogue.Statuses);
    }

    [Fact]
    public void Facet_values_come_in_vocabulary_order_then_alphabetically()
    {
        var catalogue = DocumentCatalogue.Build(All, DocumentFilter.None);

        Assert.Equal(["resolution", "report", "treaty", "law"], catalogue.Kinds.Select(k => k.Value));
        Assert.Equal(["issued", "member", "not-party"], catalogue.Statuses.Select(k => k.Value));
        Assert.Equal(["1990", "2000", "2010", "2020"], catalogue.Decades.Select(k => k.Value));
        Assert.Equal(["DPR", "Majelis Umum PBB", "UN GGE"], catalogue.Bodies.Select(k => k.Value));
    }

    [Theory]
    [InlineData("poem", null, null, null)]
    [InlineData(null, null, "1995", null)]
    [InlineData(null, null, "abc", null)]
    [InlineData(null, null, null, "friend")]
    [InlineData(" ", " ", " ", " ")]
    public void Values_the_catalogue_does_not_know_are_dropped(string? kind, string? body, string? decade, string? status)
    {
        var filter = DocumentFilter.Read(kind, body, decade, status, null);

        Assert.True(filter.IsEmpty);
        Assert.True(filter.NewestFirst);
    }

    [Fact]
    public void Timeline_orders_by_date_with_partial_dates_first_and_the_document_before_its_events()
    {
        TimelineEntry Entry(string date, string title, bool isDocument) => new(Date(date), title, "pbb", "/x/" + title, isDocument, title);
        var entries = TimelinePage.InOrder([
            Entry("2015-07-22", "event", false),
            Entry("2015-07-22", "report", true),
            Entry("2015-07", "month", false),
            Entry("2015", "year", true),
            Entry("1998-12-04", "first", true),
        ]);

        Assert.Equal(["first", "year", "month", "report", "event"], entries.Select(e => e.Title));
    }

    [Fact]
    public void Timeline_of_one_track_keeps_every_track_count_and_the_whole_span()
    {
        var entries = new[]
        {
            new TimelineEntry(Date("1998"), "a", "pbb", "/a", true, "a"),
            new TimelineEntry(Date("2024-06-20"), "b", "insiden", "/b#x", false, "B"),
            new TimelineEntry(Date("2026-01"), "c", "pbb", "/c", true, "c"),
        };

        var insiden = TimelinePage.Build(entries, "insiden");

        Assert.Equal(["b"], insiden.Entries.Select(e => e.Title));
        Assert.Equal((1998, 2026), (insiden.FirstYear, insiden.LastYear));
        Assert.Equal([2, 0, 0, 0, 1], insiden.Tracks.Select(t => t.Count));
        Assert.Equal(TimelineTracks.All, insiden.Tracks.Select(t => t.Value));
    }

    [Fact]
    public void Neighbours_on_a_track_are_the_entries_around_the_documents_own()
    {
        var track = TimelinePage.InOrder([
            new TimelineEntry(Date("1998"), "a", "pbb", "/documents/a", true, "a"),
            new TimelineEntry(Date("2013"), "b", "pbb", "/documents/b", true, "b"),
            new TimelineEntry(Date("2013-06"), "b event", "pbb", "/documents/b#e", false, "b"),
        ]);

        Assert.Equal(("a", "b event"), (TimelinePage.Around(track, "/documents/b").Previous?.Title, TimelinePage.Around(track, "/documents/b").Next?.Title));
        Assert.Equal((null, "b"), (TimelinePage.Around(track, "/documents/a").Previous?.Title, TimelinePage.Around(track, "/documents/a").Next?.Title));
        Assert.Equal((null, null), (TimelinePage.Around(track, "/documents/z").Previous, TimelinePage.Around(track, "/documents/z").Next));
    }
}

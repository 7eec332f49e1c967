using System.Net;
using System.Text.RegularExpressions;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// /timeline and /indonesia over the fixture corpus: 6 documents and 4 events (norma-perilaku-negara, insiden-pdns-2024
/// twice, konvensi-pbb-kejahatan-siber), on five tracks from 1998 to 2025.
/// </summary>
public sealed partial class TimelinePageTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Timeline_lists_documents_and_events_by_year_oldest_first()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/timeline"));

        var dates = EntryDates(main);
        Assert.Equal(10, dates.Count);
        Assert.Equal(dates.OrderBy(d => d, StringComparer.Ordinal), dates);
        Assert.Equal(["1998", "2008", "2013", "2015", "2018", "2024", "2025"], YearHeadings().Matches(main).Select(m => m.Groups[1].Value));
        Assert.Contains("10 entri, 1998&#x2013;2025", main); // Razor encodes the en dash
        // A document links to its page; an event to the section of the file that tells it.
        Assert.Contains("<a href=\"/documents/unga-53-70\">Resolusi Majelis Umum PBB 53/70", main);
        Assert.Contains("<a href=\"/articles/insiden-pdns-2024#kronologi\">Serangan ransomware melumpuhkan PDNS 2 Surabaya</a><span class=\"entry-source\"> dalam Serangan Ransomware PDNS 2024</span>", main);
        Assert.Contains("<a href=\"/documents/konvensi-pbb-kejahatan-siber#penandatanganan\">Konvensi dibuka untuk ditandatangani di Hanoi</a>", main);
    }

    [Fact]
    public async Task Track_filter_is_a_link_that_the_server_answers()
    {
        var all = Markup.MainContent(await _client.GetHtmlAsync("/timeline"));
        var tracks = Markup.Section(all, "<nav class=\"track-filter\"[^>]*>", "</nav>");
        Assert.Contains("<a href=\"/timeline\" aria-current=\"page\">Semua jalur <span class=\"count\">10</span></a>", tracks);
        foreach (var (track, label, count) in new[] { ("pbb", "PBB", 4), ("regional", "Regional", 1), ("indonesia", "Indonesia", 1), ("hukum", "Hukum", 2), ("insiden", "Insiden", 2) })
        {
            Assert.Contains($"<a class=\"track-link track-{track}\" href=\"/timeline?track={track}\">{label} <span class=\"count\">{count}</span></a>", tracks);
        }

        var insiden = Markup.MainContent(await _client.GetHtmlAsync("/timeline?track=insiden"));
        Assert.Equal(["2024-06-20", "2024-07-03"], EntryDates(insiden));
        Assert.Contains("href=\"/timeline?track=insiden\" aria-current=\"page\"", insiden);
        Assert.DoesNotContain("/documents/unga-53-70", insiden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_track_is_not_found()
    {
        await _client.GetHtmlAsync("/timeline?track=olahraga", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Overview_is_an_svg_with_one_linked_mark_per_entry_each_with_an_accessible_name()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/timeline"));

        var svg = Markup.Section(main, "<svg viewBox=\"0 0 440 [0-9.]+\" width=\"440\" height=\"[0-9.]+\" role=\"group\" aria-labelledby=\"overview-caption\">", "</svg>");
        var marks = Mark().Matches(svg).ToList();
        Assert.Equal(10, marks.Count);
        foreach (var mark in marks)
        {
            // aria-label and <title> both say date and title, the same as the list entry the mark links to.
            Assert.Equal(mark.Groups["label"].Value, mark.Groups["title"].Value);
            Assert.Matches("^[0-9A-Za-z ]+: .+", mark.Groups["label"].Value);
        }
        Assert.Contains(marks, m => m.Groups["href"].Value == "/documents/gge-2013" && m.Groups["label"].Value == "24 Juni 2013: Laporan Kelompok Ahli Pemerintah PBB 2013");
        Assert.Contains(marks, m => m.Groups["href"].Value == "/documents/asean-leaders-statement-2018" && m.Groups["label"].Value.StartsWith("April 2018: ", StringComparison.Ordinal));
        Assert.Equal(5, Regex.Count(svg, "<text class=\"lane-label\""));
        Assert.DoesNotContain("style=", main, StringComparison.Ordinal); // the CSP allows no inline styles
    }

    [Fact]
    public async Task Overview_keeps_its_axis_when_one_track_is_shown()
    {
        var all = Markup.MainContent(await _client.GetHtmlAsync("/timeline"));
        var hukum = Markup.MainContent(await _client.GetHtmlAsync("/timeline?track=hukum"));

        Assert.Equal(AxisLabels(all), AxisLabels(hukum));
        Assert.Equal(2, Mark().Count(hukum));
    }

    [Fact]
    public async Task Indonesia_record_groups_documents_by_status_under_a_summary_computed_from_them()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/indonesia"));

        Assert.Equal("Catatan Indonesia", Markup.Heading(main));
        Assert.Contains("<p class=\"record-summary\">Indonesia pihak pada 0 dari 1 traktat dan protokol dalam katalog. Dari 4 dokumen yang mencatat sikapnya: menerbitkan 1, anggota dalam 2, bukan pihak pada 1.</p>", main);
        // Groups in the vocabulary's order: issued before member before not-party.
        Assert.Equal(["issued", "member", "not-party"], GroupIds().Matches(main).Select(m => m.Groups[1].Value));
        var members = Markup.Section(main, "<section class=\"record-group\" aria-labelledby=\"status-member\">", "</section>");
        Assert.Contains("<a href=\"/documents/gge-2013\">Laporan Kelompok Ahli Pemerintah PBB 2013</a><span class=\"symbol\">A/68/98</span>", members);
        Assert.Contains("<td data-label=\"Jenis\">Deklarasi</td>", members);
        Assert.Contains("Pakar yang ditunjuk Indonesia duduk dalam kelompok lima belas negara", members);
        var issued = Markup.Section(main, "<section class=\"record-group\" aria-labelledby=\"status-issued\">", "</section>");
        Assert.Contains("<td data-label=\"Tanggal\"><time datetime=\"2008-04-21\">21 April 2008</time></td>", issued);
        Assert.DoesNotContain("gge-2015", main, StringComparison.Ordinal); // no Indonesia record, not on the page
    }

    [Fact]
    public async Task Indonesia_record_summary_is_translated()
    {
        var main = Markup.MainContent(await _client.GetHtmlAsync("/indonesia?ui-culture=en"));

        Assert.Contains("Indonesia is a party to 0 of the 1 treaties and protocols in the catalogue. Of the 4 documents that record its position: issued 1, a member in 2, not a party to 1.", main);
        Assert.Contains(">Not a party</span>", main);
    }

    private static List<string> EntryDates(string main) =>
        EntryDate().Matches(main).Select(m => m.Groups[1].Value).ToList();

    private static List<string> AxisLabels(string main) =>
        Regex.Matches(main, "<text class=\"axis-label\" x=\"([0-9.]+)\"[^>]*>(\\d{4})</text>").Select(m => m.Groups[1].Value + "@" + m.Groups[2].Value).ToList();

    [GeneratedRegex("<li class=\"timeline-entry\"><time datetime=\"([0-9-]+)\">")]
    private static partial Regex EntryDate();

    [GeneratedRegex("<h2 id=\"y(\\d{4})\">")]
    private static partial Regex YearHeadings();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" aria-label=\"(?<label>[^\"]+)\"><title>(?<title>[^<]+)</title><circle class=\"mark track-[a-z]+\"")]
    private static partial Regex Mark();

    [GeneratedRegex("<section class=\"record-group\" aria-labelledby=\"status-([a-z-]+)\">")]
    private static partial Regex GroupIds();
}

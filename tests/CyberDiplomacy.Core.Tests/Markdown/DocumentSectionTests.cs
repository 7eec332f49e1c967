using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Tests.Markdown;

/// <summary>Sections cut from the plain text at the headings: what search links a hit's passages to.</summary>
public sealed class DocumentSectionTests
{
    private const string Article = "Pembuka tanpa judul.\n\n## Latar belakang\n\nTeks latar **tebal**.\n\n### Rincian\n\nTeks rincian.\n\n## Penutup\n\nTeks penutup.\n";

    [Fact]
    public void Each_heading_starts_a_section_with_its_page_anchor_up_to_the_next_heading()
    {
        var document = MarkupVerifier.Parse(Article).Document!;
        var sections = document.Sections.Select(s => (s.Anchor, s.Title, Text: document.PlainText[s.BodyStart..s.End].Trim())).ToArray();
        Assert.Equal([("latar-belakang", "Latar belakang", "Teks latar tebal."), ("rincian", "Rincian", "Teks rincian."), ("penutup", "Penutup", "Teks penutup.")], sections);
        Assert.All(document.Sections, s => Assert.Contains($"id=\"{s.Anchor}\"", document.Html));
        Assert.Equal("Latar belakang", document.PlainText[document.Sections[0].Start..document.Sections[0].BodyStart].Trim());
    }

    [Fact]
    public void Sections_read_back_from_stored_headings_are_the_same()
    {
        var document = MarkupVerifier.Parse(Article).Document!;
        Assert.Equal(document.Sections, DocumentSections.Split(document.PlainText, document.Headings));
    }

    [Fact]
    public void Headings_stored_without_offsets_give_no_sections_rather_than_wrong_ones()
    {
        var document = MarkupVerifier.Parse(Article).Document!;
        var old = document.Headings.Select(h => new HeadingEntry(h.Level, h.Id, h.Text)).ToList();
        Assert.Empty(DocumentSections.Split(document.PlainText, old));
    }

    [Fact]
    public void A_table_row_is_a_line_of_the_plain_text()
    {
        var document = MarkupVerifier.Parse("| Tanggal | Peristiwa |\n|---|---|\n| 17 Oktober 2022 | Diundangkan |\n| 17 Oktober 2024 | Berlaku penuh |\n").Document!;
        Assert.Equal(["Tanggal — Peristiwa", "17 Oktober 2022 — Diundangkan", "17 Oktober 2024 — Berlaku penuh"],
            document.PlainText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

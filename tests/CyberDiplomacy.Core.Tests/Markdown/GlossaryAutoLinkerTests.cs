using CyberDiplomacy.Core.Content.Markdown;

namespace CyberDiplomacy.Core.Tests.Markdown;

public sealed class GlossaryAutoLinkerTests
{
    private static readonly GlossaryAutoLinker Linker = new([
        new("diplomasi", "Diplomasi"),
        new("diplomasi-siber", "Diplomasi siber"),
        new("diplomasi-siber", "cyber diplomacy"),
        new("itu", "ITU"),
        new("bssn", "BSSN"),
        new("ruang-siber", "ruang siber"),
        new("serangan", "serang"),
    ]);

    private static string Render(string markdown) => MarkupVerifier.Render(markdown, linker: Linker);

    [Fact]
    public void First_occurrence_is_linked_with_its_definition_reference()
    {
        MarkupVerifier.VerifyMarkup("BSSN dibentuk. BSSN bekerja.",
            "<p><a href=\"/glossary/bssn\" class=\"term-link\">BSSN</a> dibentuk. BSSN bekerja.</p>",
            Linker);
    }

    [Fact]
    public void Longest_name_wins()
    {
        var html = Render("Diplomasi siber berkembang.");
        Assert.Contains("href=\"/glossary/diplomasi-siber\"", html);
        Assert.DoesNotContain("href=\"/glossary/diplomasi\"", html);
    }

    [Fact]
    public void Affixed_indonesian_form_links_to_its_base_term()
    {
        var html = Render("Negara berdiplomasi setiap hari.");
        Assert.Contains(">berdiplomasi</a>", html);
        Assert.Contains("href=\"/glossary/diplomasi\"", html);
    }

    [Theory]
    [InlineData("Kelompok itu menyerang jaringan.", "menyerang")]
    [InlineData("Serangannya terjadi malam hari.", "Serangannya")]
    public void Affixes_follow_the_search_stemmers_rules_including_sound_changes(string text, string linked)
    {
        // meny- + s-root: the stemmer restores the s that the prefix swallowed (menyerang → serang).
        var html = Render(text);
        Assert.Contains(">" + linked + "</a>", html);
        Assert.Contains("href=\"/glossary/serangan\"", html);
    }

    [Fact]
    public void Abbreviations_match_case_sensitively()
    {
        Assert.DoesNotContain("term-link", Render("Hal itu penting."));
        Assert.Contains("href=\"/glossary/itu\"", Render("Laporan ITU terbit."));
    }

    [Fact]
    public void Headings_links_and_code_are_left_alone()
    {
        var html = Render("## BSSN\n\n[BSSN lain](https://example.org) dan `BSSN`.");
        Assert.DoesNotContain("term-link", html);
    }

    [Fact]
    public void Whole_words_only()
    {
        Assert.DoesNotContain("term-link", Render("Kata BSSNX bukan istilah."));
    }

    [Fact]
    public void Explicitly_linked_term_is_not_linked_again()
    {
        var html = Render("[badan siber](../glossary/bssn.md) adalah BSSN.");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "/glossary/bssn"));
    }

    [Fact]
    public void Article_can_switch_autolinking_off()
    {
        var result = MarkupVerifier.Parse("BSSN.", linker: Linker);
        Assert.Contains("term-link", result.Document!.Html);
        var parser = new CyberDiplomacy.Core.Content.ContentParser();
        var off = parser.Parse("articles/x.md", "content/articles/x.md", "---\ntitle: X\nsummary: S\nautolink: false\n---\nBSSN.\n", Linker);
        Assert.DoesNotContain("term-link", off.Document!.Html);
    }
}

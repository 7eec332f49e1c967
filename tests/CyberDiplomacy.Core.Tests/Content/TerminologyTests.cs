using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Terminology;
using CyberDiplomacy.Core.Content.Validation;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>KB030 (avoided spellings) and KB031 (case: exact) as an editor sees them in kb check, and what --fix rewrites.</summary>
public sealed class TerminologyTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public TerminologyTests()
    {
        _kb.Write("glossary/keamanan-siber.md", "---\nterm: Keamanan siber\nen: cybersecurity\naliases: [cyber security]\navoid: [cyber-security, keamanan cyber]\n---\nKeamanan siber adalah perlindungan.\n");
        _kb.Write("glossary/peretas.md", "---\nterm: Peretas\nen: hacker\navoid: [hacker]\n---\nPeretas adalah orang yang meretas.\n");
        _kb.Write("glossary/bssn.md", "---\nterm: Badan Siber dan Sandi Negara\nen: National Cyber and Crypto Agency\nabbr: BSSN\ncase: exact\n---\nBadan Siber dan Sandi Negara (BSSN) adalah lembaga.\n");
    }

    public void Dispose() => _kb.Dispose();

    private List<string> Warnings(string body, string path = "articles/a.md")
    {
        _kb.Write(path, "---\ntitle: A\nsummary: S.\n---\n" + body);
        return new ContentChecker(new ContentSource(_kb.Content), new ContentParser()).Check().Diagnostics
            .Where(d => d.Rule == DiagnosticRules.AvoidedSpelling || d.Rule == DiagnosticRules.CaseMismatch)
            .Select(d => $"{d.Line}:{d.Column} {d.Code} {d.Message}").ToList();
    }

    [Fact]
    public void An_avoided_spelling_is_reported_where_it_stands_with_the_form_to_write()
    {
        var warning = Assert.Single(Warnings("## Judul\n\nIni soal keamanan cyber nasional.\n"));

        Assert.Equal("7:10 KB030 'keamanan cyber' is a spelling the glossary avoids: write 'keamanan siber' (glossary/keamanan-siber.md)", warning);
    }

    [Theory]
    [InlineData("Keamanan cyber penting.", "write 'Keamanan siber'")]
    [InlineData("## Keamanan Cyber Nasional", "write 'Keamanan Siber'")]
    [InlineData("Para hackernya ditangkap.", "'hackernya' is a spelling the glossary avoids: write 'peretasnya'")]
    [InlineData("Soal cyber-securitynya.", "write 'keamanan sibernya'")]
    [InlineData("Teks keamanan\ncyber di dua baris.", "'keamanan cyber'")]
    [InlineData("| a | b |\n|---|---|\n| x | keamanan cyber |", "'keamanan cyber'")]
    [InlineData("- butir: [cyber-security](a.md) ke artikel lain", "'cyber-security'")]
    public void Avoided_spellings_are_found_in_running_text(string body, string expected)
    {
        var warning = Assert.Single(Warnings(body + "\n"));

        Assert.Contains(expected, warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kode `keamanan cyber` saja.")]
    [InlineData("```\nkeamanan cyber\n```")]
    [InlineData("Ia menyebutnya \"keamanan cyber\" waktu itu.")]
    [InlineData("Ia menyebutnya “keamanan cyber” waktu itu.")]
    [InlineData("> Kutipan: keamanan cyber.")]
    [InlineData("Lihat [cyber-security](https://example.org/cyber-security).")]
    [InlineData("Kata keamanancyber dan cyber-securityx bukan kata itu; hackers juga bukan.")]
    [InlineData("Keamanan, cyber: dipisah tanda baca.")]
    public void Code_quotes_external_link_text_and_other_words_are_left_alone(string body)
    {
        Assert.Empty(Warnings(body + "\n"));
    }

    [Fact]
    public void English_articles_are_not_checked()
    {
        _kb.Write("articles/en/b.md", "---\ntitle: B\nsummary: S.\n---\nA hacker and cyber-security, Bssn.\n");

        Assert.Empty(Warnings("Teks.\n"));
    }

    [Fact]
    public void A_case_exact_name_written_with_other_capitals_is_reported()
    {
        var warnings = Warnings("BSSN benar, Bssn salah, dan badan siber dan sandi negara juga salah; Badan Siber dan Sandi Negara benar.\n");

        Assert.Equal(["5:13 KB031 'Bssn' is written with other capitals than the glossary's: write 'BSSN' (glossary/bssn.md, case: exact)",
            "5:29 KB031 'badan siber dan sandi negara' is written with other capitals than the glossary's: write 'Badan Siber dan Sandi Negara' (glossary/bssn.md, case: exact)"],
            warnings);
    }

    [Fact]
    public void Fix_rewrites_in_place_and_shows_a_unified_diff()
    {
        _kb.Write("articles/a.md", "---\ntitle: A\nsummary: S.\n---\nBaris satu.\n\nKeamanan cyber dan para hackernya; Bssn.\n\nKode `keamanan cyber` tetap.\n");

        var fix = Assert.Single(TerminologyFixer.Plan(new ContentSource(_kb.Content), new ContentParser()));

        Assert.Equal("---\ntitle: A\nsummary: S.\n---\nBaris satu.\n\nKeamanan siber dan para peretasnya; BSSN.\n\nKode `keamanan cyber` tetap.\n", fix.FixedText);
        Assert.Equal(
            "--- a/content/articles/a.md\n+++ b/content/articles/a.md\n@@ -4,6 +4,6 @@\n ---\n Baris satu.\n \n" +
            "-Keamanan cyber dan para hackernya; Bssn.\n+Keamanan siber dan para peretasnya; BSSN.\n \n Kode `keamanan cyber` tetap.\n",
            fix.Diff);
        Assert.Empty(fix.LeftForEditor);
    }

    [Fact]
    public void Fix_leaves_a_phrase_across_a_line_break_to_the_editor()
    {
        _kb.Write("articles/a.md", "---\ntitle: A\nsummary: S.\n---\nTeks keamanan\ncyber di dua baris.\n");

        var fix = Assert.Single(TerminologyFixer.Plan(new ContentSource(_kb.Content), new ContentParser()));

        Assert.False(fix.Changes);
        Assert.Equal("keamanan\ncyber", Assert.Single(fix.LeftForEditor).Found.Replace(' ', '\n'));
    }

    [Theory]
    [InlineData("case: upper", "case 'upper' is not known")]
    [InlineData("avoid: [keamanan siber]", "avoid lists 'keamanan siber', the term's own name")]
    public void A_malformed_rule_is_a_front_matter_error(string line, string message)
    {
        _kb.Write("glossary/keamanan-siber.md", $"---\nterm: Keamanan siber\nen: cybersecurity\n{line}\n---\nKeamanan siber adalah perlindungan.\n");

        var diagnostics = new ContentChecker(new ContentSource(_kb.Content), new ContentParser()).Check().Diagnostics;

        var error = Assert.Single(diagnostics, d => d.Path == "content/glossary/keamanan-siber.md");
        Assert.Equal(("KB004", 4), (error.Code, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incremental_build_checks_a_changed_article_against_the_terms_it_kept()
    {
        _kb.Write("articles/a.md", "---\ntitle: A\nsummary: S.\n---\nTeks bersih.\n");
        await using var host = await Ingest.KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        Assert.DoesNotContain((await host.IngestAsync()).Diagnostics, d => d.Rule == DiagnosticRules.AvoidedSpelling);

        _kb.Write("articles/a.md", "---\ntitle: A\nsummary: S.\n---\nTeks dengan keamanan cyber.\n");
        File.SetLastWriteTimeUtc(Path.Combine(_kb.Content, "articles/a.md"), DateTime.UtcNow.AddMinutes(1));
        var report = await host.IngestAsync();

        Assert.Contains(report.Diagnostics, d => d.Rule == DiagnosticRules.AvoidedSpelling && d.Path == "content/articles/a.md" && d.Line == 5);
    }

    [Fact]
    public async Task Incremental_builds_follow_a_term_whose_avoid_list_changes()
    {
        const string Article = "articles/a.md";
        await using var host = await Ingest.KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        var edits = 0;
        async Task<bool> WarnsAfter(string path, string text)
        {
            var file = _kb.Write(path, text);
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(++edits));
            return (await host.IngestAsync()).Diagnostics.Any(d => d.Rule == DiagnosticRules.AvoidedSpelling && d.Path == "content/" + Article);
        }
        string Term(string avoid) => $"---\nterm: Keamanan siber\nen: cybersecurity\navoid: [{avoid}]\n---\nKeamanan siber adalah perlindungan.\n";
        string Text(int version) => $"---\ntitle: A\nsummary: S.\n---\nVersi {version}: keamanan cyber.\n";

        Assert.True(await WarnsAfter(Article, Text(1)));
        Assert.False(await WarnsAfter("glossary/keamanan-siber.md", Term("cyber-security")));
        Assert.False(await WarnsAfter(Article, Text(2)));
        Assert.True(await WarnsAfter("glossary/keamanan-siber.md", Term("keamanan cyber")));
        Assert.True(await WarnsAfter(Article, Text(3)));
    }
}

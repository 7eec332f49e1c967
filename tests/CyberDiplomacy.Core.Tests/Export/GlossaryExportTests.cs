using System.Text;
using System.Text.Json;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Export;
using CyberDiplomacy.Tests.Export;

namespace CyberDiplomacy.Core.Tests.Export;

/// <summary>The glossary files read back with a strict CSV reader, an XML parser and a JSON parser: every term, every name, nothing garbled.</summary>
public sealed class GlossaryExportTests
{
    private static readonly List<ExportedTerm> FixtureTerms =
        GlossaryExport.FromContent(new ContentSource(TestPaths.FixtureContent), new ContentParser()).Terms;

    // What a definition or a name may hold that each format has to escape.
    private static readonly ExportedTerm Awkward = ExportedTerm.Create("awkward", "Istilah \"aneh\", dengan koma", "awkward, \"quoted\" term", "A&B",
        ["<script>", "baris\r\nbaru", "tanda ; titik koma"], "Definisi dengan \"kutip\", koma,\nbaris baru & <tag> serta ✓ dan é.");

    [Fact]
    public void The_fixture_glossary_is_exported_whole_in_a_to_z_order()
    {
        Assert.Equal(Directory.GetFiles(Path.Combine(TestPaths.FixtureContent, "glossary"), "*.md").Length, FixtureTerms.Count);
        Assert.Equal(FixtureTerms.Select(t => t.Term).Order(StringComparer.OrdinalIgnoreCase), FixtureTerms.Select(t => t.Term));
    }

    [Fact]
    public void Csv_reads_back_as_the_header_and_one_record_per_term()
    {
        var bytes = GlossaryCsv.Write(FixtureTerms);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var records = Rfc4180.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        Assert.Equal(["slug", "term", "en", "abbr", "aliases", "definition"], records[0]);
        Assert.Equal(FixtureTerms.Count, records.Count - 1);
        var bssn = Assert.Single(records, r => r[0] == "bssn");
        Assert.Equal(["bssn", "Badan Siber dan Sandi Negara", "National Cyber and Crypto Agency", "BSSN", "State Cyber and Encryption Agency"], bssn.Take(5));
        Assert.StartsWith("Badan Siber dan Sandi Negara (BSSN) adalah", bssn[5], StringComparison.Ordinal);
        var komdigi = Assert.Single(records, r => r[0] == "komdigi");
        Assert.Equal("Kominfo; Kementerian Komunikasi dan Informatika", komdigi[4]);
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_line_breaks_so_they_read_back_unchanged()
    {
        var records = Rfc4180.Parse(Encoding.UTF8.GetString(GlossaryCsv.Write([Awkward]).AsSpan(3)));

        var row = records[1];
        Assert.Equal([Awkward.Slug, Awkward.Term, Awkward.En, Awkward.Abbr!, string.Join("; ", Awkward.Aliases), Awkward.Definition], row);
    }

    [Fact]
    public void Tbx_is_tbx_basic_with_every_term_its_english_equivalent_and_definition()
    {
        var concepts = TbxBasic.Read(GlossaryTbx.Write(FixtureTerms));

        Assert.Equal(FixtureTerms.Count, concepts.Count);
        foreach (var term in FixtureTerms)
        {
            var concept = Assert.Single(concepts, c => c.Id == GlossaryTbx.ConceptId(term.Slug));
            Assert.Equal((term.Term, "fullForm"), concept.Indonesian[0]);
            Assert.Equal([(term.En, "fullForm")], concept.English);
            Assert.Equal(term.Definition, concept.Definition);
        }
        var bssn = Assert.Single(concepts, c => c.Id == "term-bssn");
        Assert.Contains(("BSSN", "abbreviation"), bssn.Indonesian);
        Assert.Contains(("State Cyber and Encryption Agency", "variant"), bssn.Indonesian);
    }

    [Fact]
    public void Tbx_escapes_markup_and_keeps_every_character()
    {
        var concept = Assert.Single(TbxBasic.Read(GlossaryTbx.Write([Awkward])));

        Assert.Equal([(Awkward.Term, "fullForm"), ("A&B", "abbreviation"), ("<script>", "variant"), ("baris\nbaru", "variant"), ("tanda ; titik koma", "variant")],
            concept.Indonesian);
        Assert.Equal(Awkward.Definition, concept.Definition);
    }

    [Fact]
    public void Json_has_the_shape_of_the_glossary_api()
    {
        using var json = JsonDocument.Parse(GlossaryJson.Write(FixtureTerms));

        var terms = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(FixtureTerms.Count, terms.Count);
        Assert.All(terms, t => Assert.Equal(["abbr", "aliases", "definition", "en", "slug", "term", "url"], t.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Contains(terms, t => t.GetProperty("slug").GetString() == "xss" && t.GetProperty("url").GetString() == "/glossary/xss");
    }

    [Fact]
    public void A_term_with_errors_is_left_out_and_named()
    {
        using var kb = new TempKnowledgeBase();
        kb.Write("glossary/baik.md", "---\nterm: Baik\nen: good\n---\nBaik adalah contoh.\n");
        kb.Write("glossary/rusak.md", "---\nterm: Rusak\n---\nTanpa padanan Inggris.\n");

        var glossary = GlossaryExport.FromContent(new ContentSource(kb.Content), new ContentParser());

        Assert.Equal(["baik"], glossary.Terms.Select(t => t.Slug));
        Assert.Equal("content/glossary/rusak.md", Assert.Single(glossary.TermErrors).Path);
    }
}

using CyberDiplomacy.Core.Search;

namespace CyberDiplomacy.Core.Tests.Search;

/// <summary>What <c>kb check</c> says about content/search/synonyms.txt (<see cref="SynonymFile.Check"/>), line and column included.</summary>
public sealed class SynonymFileTests
{
    private static List<string> Check(params string[] lines)
    {
        using var kb = new TempKnowledgeBase();
        kb.Write(SynonymFile.RelativePath, string.Join('\n', lines) + "\n");
        return SynonymFile.Check(kb.Content).Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void The_shipped_synonyms_are_clean() => Assert.Empty(SynonymFile.Check(TestPaths.RepositoryContent));

    [Fact]
    public void The_fixture_synonyms_are_clean() => Assert.Empty(SynonymFile.Check(TestPaths.FixtureContent));

    [Fact]
    public void No_file_is_no_problem()
    {
        using var kb = new TempKnowledgeBase();
        Assert.Empty(SynonymFile.Check(kb.Content));
    }

    [Fact]
    public void Comments_blank_lines_and_both_rule_forms_are_accepted() =>
        Assert.Empty(Check("# komentar", "", "hacker, peretas   # setara", "dunia maya => ruang siber, dunia maya", "  Hoaks , HOAX => disinformasi"));

    [Fact]
    public void Two_arrows_on_a_line_are_an_error_at_the_second() =>
        Assert.Equal(["content/search/synonyms.txt:2:8: error: more than one '=>' on a line; write one mapping per line [KB034]"],
            Check("hacker, peretas", "a => b => c"));

    [Fact]
    public void An_empty_left_side_is_an_error_at_the_arrow() =>
        Assert.Equal(["content/search/synonyms.txt:1:3: error: nothing before '=>': write the words readers type, then '=>' and what they should find [KB034]"],
            Check("  => ruang siber"));

    [Fact]
    public void An_empty_right_side_is_an_error_at_the_arrow() =>
        Assert.Equal(["content/search/synonyms.txt:1:12: error: nothing after '=>': write what readers should find instead of the words before it [KB034]"],
            Check("dunia maya => # lupa"));

    [Fact]
    public void An_empty_entry_between_commas_is_an_error_at_its_place() =>
        Assert.Equal(["content/search/synonyms.txt:1:9: error: an empty entry between commas; remove the extra comma [KB034]"],
            Check("hacker, , peretas"));

    [Fact]
    public void An_entry_of_punctuation_only_is_an_error() =>
        Assert.Equal(["content/search/synonyms.txt:1:9: error: '!!' has no letters or digits to match [KB034]"],
            Check("hacker, !!"));

    [Fact]
    public void A_word_mapped_to_itself_is_a_warning() =>
        Assert.Equal(["content/search/synonyms.txt:1:1: warning: 'peretas' is mapped to itself, which changes nothing [KB035]"],
            Check("Peretas => peretas"));

    [Fact]
    public void A_word_alone_on_a_line_is_a_warning() =>
        Assert.Equal(["content/search/synonyms.txt:1:3: warning: 'peretas' has no synonym on this line: add ', another word' or '=> what to find' [KB035]"],
            Check("  peretas"));

    [Fact]
    public void A_word_listed_twice_on_a_line_is_a_warning() =>
        Assert.Equal(["content/search/synonyms.txt:1:18: warning: 'hacker' is listed twice on this line [KB035]"],
            Check("hacker, peretas, Hacker"));

    [Fact]
    public void A_rule_another_line_already_gives_is_a_warning_naming_that_line() =>
        Assert.Equal(["content/search/synonyms.txt:3:1: warning: 'hoaks' already finds 'disinformasi' by line 1 [KB035]"],
            Check("hoaks => disinformasi", "# lagi", "hoaks, disinformasi"));

    [Fact]
    public void Mappings_that_undo_each_other_are_an_error_on_the_second() =>
        Assert.Equal(["content/search/synonyms.txt:2:1: error: 'ruang siber' => 'dunia maya' undoes line 1 ('dunia maya' => … 'ruang siber'): "
            + "readers typing either would only find the other; make them equivalent on one line instead: 'ruang siber, dunia maya' [KB034]"],
            Check("dunia maya => ruang siber", "ruang siber => dunia maya"));

    [Fact]
    public void A_longer_cycle_is_found_too() =>
        Assert.Contains(Check("a1 => b1", "b1 => c1", "c1 => a1"), line => line.StartsWith("content/search/synonyms.txt:3:1: error: 'c1' => 'a1' undoes line 1", StringComparison.Ordinal));

    [Fact]
    public void Keeping_the_original_on_both_sides_is_equivalence_not_a_cycle() =>
        Assert.Empty(Check("a1 => a1, b1", "b1 => b1, a1"));

    [Fact]
    public void A_target_no_document_uses_is_a_warning_when_the_corpus_is_known()
    {
        using var kb = new TempKnowledgeBase();
        kb.Write(SynonymFile.RelativePath, "dunia maya => ruang sibre\nhacker, penggodam\ntipuan, phishing\n");
        Assert.Equal([
                "content/search/synonyms.txt:1:15: warning: no article, term or document uses 'ruang sibre': readers sent to it find nothing there [KB035]",
                "content/search/synonyms.txt:2:1: warning: no article, term or document uses 'hacker' or its synonyms on this line, so it finds nothing [KB035]",
            ],
            SynonymFile.Check(kb.Content, ["Ruang siber dan phishing."]).Select(d => d.ToString()));
    }

    [Fact]
    public void Lines_with_errors_are_left_out_of_the_rules_the_site_uses()
    {
        var (rules, problems) = SynonymFile.Parse(["hacker, peretas", "a => b => c", "x =>"], "content/search/synonyms.txt");
        Assert.Equal(2, problems.Count);
        Assert.Equal(1, Assert.Single(rules).Line);
    }
}

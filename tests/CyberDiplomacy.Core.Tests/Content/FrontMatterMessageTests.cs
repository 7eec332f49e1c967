using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>
/// YAML mistakes in front matter read like an editor's message: what is wrong, at the spot of the mistake, and what
/// to write instead; never a .NET type name or the YAML library's wording.
/// </summary>
public sealed class FrontMatterMessageTests
{
    private static readonly string[] ProgrammersWords = ["System.", "deserializ", "YamlDotNet", "Exception", "scalar", "node"];
    private static readonly ContentParser Parser = new();

    public static TheoryData<string> YamlFixtures() => new(Directory.GetDirectories(TestPaths.Fixture("Check"))
        .Select(Path.GetFileName).OfType<string>().Where(name => name.StartsWith("yaml-", StringComparison.Ordinal)).Order());

    [Theory]
    [MemberData(nameof(YamlFixtures))]
    public void Yaml_fixture_messages_name_no_programmers_words(string fixture)
    {
        var content = Path.Combine(TestPaths.Fixture("Check", fixture), "content");
        var diagnostics = new ContentChecker(new ContentSource(content), new ContentParser()).Check().Diagnostics;
        Assert.Contains(diagnostics, d => d.IsError && d.Message.StartsWith("front matter", StringComparison.Ordinal));
        Assert.All(diagnostics, d => AssertSpeaksToEditors(d.Message));
    }

    [Theory]
    [InlineData("title: T\nsummary: [tidak ditutup\n", 3, 10)]
    [InlineData("title: \"Seruan Paris\nsummary: S\n", 2, 8)]
    [InlineData("title: T\nsummary: S\ntags:\n\t- norma\n", 5, 1)]
    [InlineData("title: Seruan Paris: kepercayaan\nsummary: S\n", 2, 20)]
    [InlineData("title: T\nsumary: S\n", 3, 1)]
    [InlineData("title: T\nsummary: S\ntags: norma\n", 4, 7)]
    [InlineData("title: T\nsummary: S\nsources:\n  - title: Sumber\n    urll: https://example.org\n", 6, 5)]
    [InlineData("title: *Penting* sekali\nsummary: S\n", 2, 8)]
    public void The_error_points_at_the_mistake_not_where_the_parser_gave_up(string yaml, int line, int column)
    {
        var error = Assert.Single(Parser.Parse("articles/a.md", "content/articles/a.md", "---\n" + yaml + "---\nTeks.\n").Diagnostics);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void An_empty_list_key_means_no_items()
    {
        var result = Parser.Parse("articles/a.md", "content/articles/a.md", "---\ntitle: T\nsummary: S\ntags:\nsources:\n---\nTeks.\n");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Document!.Tags);
        Assert.Empty(result.Document.Sources);
    }

    /// <summary>Every one-character slip (a character typed in, or one lost) anywhere in a real front matter block.</summary>
    [Fact]
    public void No_one_character_slip_yields_a_programmers_message()
    {
        const string yaml = "title: \"Seruan Paris\"\nsummary: Seruan untuk keamanan.\ntags: [norma, paris]\nfeatured: true\n" +
            "sources:\n  - id: paris\n    title: Paris Call\n    url: https://pariscall.international\n";
        const string typed = "[]{}\"':\t-#&*!|>@`,\n ";
        var slips = Enumerable.Range(0, yaml.Length)
            .SelectMany(i => typed.Select(c => yaml.Insert(i, c.ToString())).Append(yaml.Remove(i, 1)));
        var failures = new List<string>();
        foreach (var slip in slips)
        {
            foreach (var path in new[] { "articles/a.md", "glossary/a.md" })
            {
                var text = "---\n" + slip + "---\nTeks.\n";
                foreach (var message in Parser.Parse(path, "content/" + path, text).Diagnostics.Select(d => d.Message))
                {
                    if (ProgrammersWords.Any(word => message.Contains(word, StringComparison.OrdinalIgnoreCase)))
                    {
                        failures.Add($"{message}\n  for:\n{slip}");
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} messages for programmers, e.g.:\n{string.Join("\n", failures.Take(5))}");
    }

    private static void AssertSpeaksToEditors(string message)
    {
        foreach (var word in ProgrammersWords)
        {
            Assert.False(message.Contains(word, StringComparison.OrdinalIgnoreCase), $"'{word}' in: {message}");
        }
    }
}

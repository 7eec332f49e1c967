using System.Diagnostics;
using System.Text;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
using Xunit.Abstractions;

namespace CyberDiplomacy.Core.Tests.Content;

/// <summary>
/// Files built to exhaust a Markdown parser: <c>kb check</c> must report each as a <c>path:line</c> error, never crash
/// or hang, and keep checking the other files.
/// </summary>
public sealed class PathologicalContentTests(ITestOutputHelper output)
{
    // A functional bound that only a hang (or a quadratic blow-up) exceeds on a loaded CI machine, not a performance target.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private const string Front = "---\ntitle: Uji\nsummary: Berkas uji.\n---\n";
    private const int BodyLine = 5; // the first body line after the four front matter lines

    public static TheoryData<string, int, string> Cases() => new()
    {
        { "quotes-10000-one-line", BodyLine, "nested 10,000 deep" },
        { "quotes-10000-spaced", BodyLine, "nested 10,000 deep" },
        { "quotes-deepening-lines", BodyLine + 32, "nested 33 deep" },
        { "brackets-50000-one-line", BodyLine, "line is 50,000 characters" },
        { "brackets-50000-wrapped", BodyLine + 10, "more than 1,000 '[' brackets" },
        { "lists-1000-one-line", BodyLine, "nested 1,000 deep" },
        { "lists-indented-deeper", BodyLine + 65, "indented 130 columns" },
        { "file-5mb", 1, "the limit is 500,000" },
        { "links-open-5000", BodyLine, "line is 20,000 characters" },
        { "table-pipes", BodyLine + 4, "'|' table pipes" },
        { "emphasis-2500-wrapped", BodyLine + 40, "more than 2,000 emphasis characters" },
        { "emphasis-nested-999", BodyLine, "nested too deeply" },
        { "lists-indented-64", BodyLine + 63, "nested too deeply" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Check_reports_the_file_and_line_without_crashing(string name, int line, string message)
    {
        using var kb = new TempKnowledgeBase();
        kb.Write("articles/baik.md", Front + "Artikel yang sehat.\n");
        kb.Write($"articles/{name}.md", Build(name));
        var clock = Stopwatch.StartNew();

        var result = await Task.Run(() => new ContentChecker(new ContentSource(kb.Content), new ContentParser()).Check()).WaitAsync(Patience);

        output.WriteLine($"{name}: {clock.ElapsedMilliseconds} ms; {string.Join(" | ", result.Diagnostics)}");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal($"content/articles/{name}.md", error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Files);
    }

    [Fact]
    public async Task Many_small_paragraphs_of_brackets_parse_as_text()
    {
        var body = string.Concat(Enumerable.Repeat("[\n\n", 50_000));
        var result = await Task.Run(() => new ContentParser().Parse("articles/x.md", "content/articles/x.md", Front + body)).WaitAsync(Patience);
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Contains("<p>[</p>", result.Document!.Html, StringComparison.Ordinal);
    }

    private static string Build(string name) => name switch
    {
        "quotes-10000-one-line" => Front + new string('>', 10_000) + " dalam\n",
        "quotes-10000-spaced" => Front + Repeat("> ", 10_000) + "dalam\n",
        "quotes-deepening-lines" => Front + string.Concat(Enumerable.Range(1, 200).Select(i => new string('>', i) + " baris\n")),
        "brackets-50000-one-line" => Front + new string('[', 50_000) + "\n",
        "brackets-50000-wrapped" => Front + string.Concat(Enumerable.Repeat(new string('[', 100) + "\n", 500)),
        "lists-1000-one-line" => Front + Repeat("- ", 1_000) + "butir\n",
        "lists-indented-deeper" => Front + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- butir\n")),
        "file-5mb" => Front + string.Concat(Enumerable.Repeat("Kalimat biasa yang diulang untuk membuat berkas besar.\n", 5 * 1024 * 1024 / 54)),
        "links-open-5000" => Front + Repeat("[a](", 5_000) + "\n",
        "table-pipes" => Front + "| a | b |\n|---|---|\n" + string.Concat(Enumerable.Repeat(new string('|', 400) + "\n", 20)),
        "emphasis-2500-wrapped" => Front + string.Concat(Enumerable.Repeat(Repeat("*a ", 50) + "\n", 50)),
        // The next two pass ContentLimits; Markdig's own depth limit stops them, and MarkdownFailureLocator finds the line.
        "emphasis-nested-999" => Front + new string('*', 999) + "a" + new string('*', 999) + "\n",
        "lists-indented-64" => Front + string.Concat(Enumerable.Range(0, 64).Select(i => new string(' ', i * 2) + "- butir\n")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Repeat(string value, int count) => new StringBuilder(value.Length * count).Insert(0, value, count).ToString();
}

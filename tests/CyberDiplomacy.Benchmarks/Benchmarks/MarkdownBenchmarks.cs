using BenchmarkDotNet.Attributes;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown;

namespace CyberDiplomacy.Benchmarks.Benchmarks;

/// <summary>One ~800-word article through <see cref="ContentParser"/>: parse, link rewriting, HTML and plain text.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private readonly ContentParser _parser = new();
    private GlossaryAutoLinker _linker = null!;
    private string _relativePath = "";
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        var source = new ContentSource(BenchmarkCorpus.ContentFolder);
        BenchmarkCorpus.EnsureGenerated();
        var article = source.Read(source.ListFiles().First(f => f.StartsWith("articles/", StringComparison.Ordinal)))!;
        (_relativePath, _text) = (article.RelativePath, article.Text);
        var terms = source.ListFiles().Where(f => f.StartsWith("glossary/", StringComparison.Ordinal))
            .Select(f => source.Read(f)!)
            .Select(f => _parser.Parse(f.RelativePath, f.RelativePath, f.Text).Document!)
            .Select(d => (d.Slug, DocumentOutline.From(d).Names));
        _linker = ContentPipeline.LinkerFor(terms);
    }

    [Benchmark(Baseline = true)]
    public ContentDocument? Render() => _parser.Parse(_relativePath, _relativePath, _text).Document;

    [Benchmark]
    public ContentDocument? RenderWithGlossaryAutoLinks() => _parser.Parse(_relativePath, _relativePath, _text, _linker).Document;
}

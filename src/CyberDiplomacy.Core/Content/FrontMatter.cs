namespace CyberDiplomacy.Core.Content;

/// <summary>An entry of <c>sources:</c> in front matter.</summary>
public sealed class SourceReference
{
    public string Title { get; set; } = "";
    public string? Url { get; set; }
}

/// <summary>Front matter of <c>articles/*.md</c> (DESIGN §3).</summary>
public sealed class ArticleFrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public List<string> Tags { get; set; } = [];
    public string? Lang { get; set; }
    public string? Translation { get; set; }
    public string? Updated { get; set; }
    public bool Featured { get; set; }
    public bool Autolink { get; set; } = true;
    public List<SourceReference> Sources { get; set; } = [];
}

/// <summary>Front matter of <c>glossary/*.md</c> (DESIGN §3).</summary>
public sealed class TermFrontMatter
{
    public string? Term { get; set; }
    public string? En { get; set; }
    public string? Abbr { get; set; }
    public List<string> Aliases { get; set; } = [];
    public List<string> Related { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public string? Updated { get; set; }
    public List<SourceReference> Sources { get; set; } = [];
}

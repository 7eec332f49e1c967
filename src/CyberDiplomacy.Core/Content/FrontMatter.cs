namespace CyberDiplomacy.Core.Content;

/// <summary>An entry of <c>sources:</c> in front matter.</summary>
public sealed class SourceReference
{
    /// <summary>What the text cites it by: <c>[@id]</c>.</summary>
    public string? Id { get; set; }
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Publisher { get; set; }
    /// <summary>Publication date: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string? Date { get; set; }
    /// <summary>The instrument itself, the law, or the official body's own text (not a report about it).</summary>
    public bool Primary { get; set; }
}

/// <summary>An entry of <c>events:</c>: a dated event for the timeline, told in this file.</summary>
public sealed class EventEntry
{
    public string? Date { get; set; }
    public string? Title { get; set; }
    public string? Track { get; set; }
    /// <summary>The id of the source that confirms the date.</summary>
    public string? Source { get; set; }
    /// <summary>The id of the heading where the text tells it.</summary>
    public string? Anchor { get; set; }
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
    public string? Reviewed { get; set; }
    public List<SourceReference> Sources { get; set; } = [];
    public List<EventEntry> Events { get; set; } = [];
}

/// <summary>Front matter of <c>documents/*.md</c>: one primary instrument.</summary>
public sealed class InstrumentFrontMatter
{
    public string? Title { get; set; }
    public string? Symbol { get; set; }
    public string? Kind { get; set; }
    public string? Body { get; set; }
    public string? Adopted { get; set; }
    [YamlDotNet.Serialization.YamlMember(Alias = "in-force", ApplyNamingConventions = false)]
    public string? InForce { get; set; }
    public string? Url { get; set; }
    public string? Track { get; set; }
    public IndonesiaRecordFrontMatter? Indonesia { get; set; }
    public List<string> Tags { get; set; } = [];
    public string? Updated { get; set; }
    public string? Reviewed { get; set; }
    public List<SourceReference> Sources { get; set; } = [];
    public List<EventEntry> Events { get; set; } = [];
}

/// <summary>The <c>indonesia:</c> block of a primary document.</summary>
public sealed class IndonesiaRecordFrontMatter
{
    public string? Status { get; set; }
    public string? Date { get; set; }
    public string? Note { get; set; }
    /// <summary>The id of the source that confirms the status.</summary>
    public string? Source { get; set; }
}

/// <summary>Front matter of <c>topics/*.md</c>: a topic's title, its place among topics and its articles in reading order.</summary>
public sealed class TopicFrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public int? Order { get; set; }
    public List<string> Articles { get; set; } = [];
}

/// <summary>Front matter of <c>paths/*.md</c>: an ordered reading path.</summary>
public sealed class ReadingPathFrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public List<PathStepEntry> Steps { get; set; } = [];
}

/// <summary>One step of a reading path: an article and why it comes at this point.</summary>
public sealed class PathStepEntry
{
    public string? Article { get; set; }
    public string? Why { get; set; }
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
    /// <summary>Spellings articles should not use for this term (<c>kb check</c> warns, <c>--fix</c> writes the term instead).</summary>
    public List<string> Avoid { get; set; } = [];
    /// <summary><c>exact</c>: the term, its abbreviation and aliases must be written with exactly their capitalisation.</summary>
    public string? Case { get; set; }
}

using System.Globalization;
using CyberDiplomacy.Core.Content.Markdown;
using CyberDiplomacy.Core.Content.Markdown.Citations;
using Markdig.Syntax;

namespace CyberDiplomacy.Core.Content.Validation;

/// <summary>Front matter rules for what a file cites and dates: <c>sources</c>, <c>events</c> and <c>reviewed</c>.</summary>
public static class SourceRules
{
    /// <summary>How long a fact check holds before <c>kb check</c> asks for another.</summary>
    public static readonly TimeSpan ReviewValidity = TimeSpan.FromDays(365);

    /// <summary>
    /// The sources as the page may show them: each has a title, a well-formed unique id and a readable date, and a URL
    /// only if it is an http(s) address (a bad one is reported and left out).
    /// </summary>
    public static List<SourceReference> ReadSources(List<SourceReference> sources, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<SourceReference>();
        for (var index = 0; index < sources.Count; index++)
        {
            var source = sources[index];
            var (line, column) = FrontMatterReader.PositionOfItem(block, "sources", index);
            void Report(string message) => diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.InvalidSource, path, line, column, "front matter: " + message));
            if (string.IsNullOrWhiteSpace(source.Title)) Report("every source needs a title");
            var url = source.Url;
            if (url is not null && (!UrlSafety.IsSafe(url) || !UrlSafety.IsExternal(url)))
            {
                Report($"source URL '{url}' must be an http or https address");
                url = null;
            }
            if (source.Id is { } id)
            {
                if (id.Length == 0 || !id.All(CitationParser.IsIdCharacter)) Report($"source id '{id}' may use only letters, digits and '-', '_', '.', ':'");
                else if (!ids.Add(id)) Report($"two sources share the id '{id}'; each needs its own");
            }
            if (source.Date is not null && !PartialDate.TryParse(source.Date, out _)) Report($"source date '{source.Date}' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)");
            result.Add(new SourceReference { Id = source.Id, Title = source.Title, Url = url, Publisher = source.Publisher, Date = source.Date, Primary = source.Primary });
        }
        return result;
    }

    /// <summary>Reads <c>events</c>: each needs a date, a title, a known track, and a source id the file has.</summary>
    public static List<TimelineEvent> ReadEvents(List<EventEntry> events, List<SourceReference> sources, IReadOnlyCollection<string> headingIds,
        FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        var result = new List<TimelineEvent>();
        for (var index = 0; index < events.Count; index++)
        {
            var entry = events[index];
            var (line, column) = FrontMatterReader.PositionOfItem(block, "events", index);
            var problems = diagnostics.Count;
            var title = entry.Title?.Trim() ?? "";
            if (title.Length == 0) diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.InvalidEvent, path, line, column, "front matter: every event needs a title"));
            if (!PartialDate.TryParse(entry.Date, out var date))
            {
                diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.InvalidEvent, path, line, column, $"front matter: event date '{entry.Date}' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)"));
            }
            if (!TimelineTracks.IsKnown(entry.Track))
            {
                diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.InvalidEvent, path, line, column, $"front matter: event track '{entry.Track}' is unknown (use one of: {string.Join(", ", TimelineTracks.All)})"));
            }
            if (entry.Source is null || !sources.Any(s => s.Id == entry.Source))
            {
                diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.InvalidEvent, path, line, column,
                    $"front matter: event '{title}' needs 'source:' set to the id of the entry in 'sources' that confirms its date"));
            }
            if (entry.Anchor is { } anchor && !headingIds.Contains(anchor))
            {
                diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.UnknownAnchor, path, line, column, $"front matter: event anchor '{anchor}' is not the id of a heading in this file"));
            }
            if (diagnostics.Skip(problems).All(d => !d.IsError))
            {
                result.Add(new TimelineEvent(date, title, entry.Track!, entry.Anchor, entry.Source));
            }
        }
        return result;
    }

    /// <summary><c>reviewed</c>: when the facts were last checked; over a year old is a warning (the content tests require it on every shipped article).</summary>
    public static DateOnly? ReadReviewed(string? value, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        var line = FrontMatterReader.LineOf(block, "reviewed");
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewed))
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.InvalidDate, path, line, 1, $"front matter: reviewed '{value}' is not a date (YYYY-MM-DD)"));
            return null;
        }
        if (DateTime.UtcNow - reviewed.ToDateTime(TimeOnly.MinValue) > ReviewValidity)
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.StaleReview, path, line, 1, $"front matter: the facts were last reviewed on {reviewed:yyyy-MM-dd}, over a year ago: check them again and update 'reviewed'"));
        }
        return reviewed;
    }

    /// <summary>Citations in the text against <c>sources</c>; see <see cref="CitationResolver"/>.</summary>
    public static void CheckCitations(MarkdownDocument markdown, List<SourceReference> sources, bool requireCitedFacts,
        FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        foreach (var problem in CitationResolver.Resolve(markdown, sources, requireCitedFacts))
        {
            var (line, column) = problem.SourceIndex >= 0 ? FrontMatterReader.PositionOfItem(block, "sources", problem.SourceIndex) : (problem.Line, problem.Column);
            diagnostics.Add(ContentDiagnostic.Report(problem.Rule, path, line, column, problem.Message));
        }
    }
}

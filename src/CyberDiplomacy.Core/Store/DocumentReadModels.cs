using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Store;

/// <summary>A primary document as lists show it: the catalogue, the Indonesia record, a tag page.</summary>
public sealed record DocumentListing(
    string Slug,
    string Title,
    string? Symbol,
    string Kind,
    string Body,
    PartialDate Adopted,
    string Track,
    string? IndonesiaStatus)
{
    public string Url => SiteUrls.Document(Slug);

    /// <summary>The first year of the decade the document was adopted in (2015 → 2010).</summary>
    public int Decade => Adopted.Year / 10 * 10;
}

/// <summary>How many documents (or entries) have a value of a filter.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>One document's page: the document with its sources, who cites it, and its neighbours on its track of the timeline.</summary>
public sealed record DocumentPage(
    PrimaryDocument Document,
    DocumentSource? IndonesiaSource,
    IReadOnlyList<DocumentCard> CitedBy,
    TimelineEntry? Previous,
    TimelineEntry? Next);

/// <summary>Indonesia's relation to a document.</summary>
public sealed record IndonesiaFacts(string Status, string? Date, string? Note);

/// <summary>
/// A document as the API answers with it (DESIGN §4): <see cref="Url"/> is the official text, as in front matter;
/// <see cref="CitedBy"/> the site URLs of the articles, terms and documents that link to it.
/// </summary>
public sealed record DocumentFacts(
    string Slug,
    string Title,
    string? Symbol,
    string Kind,
    string Body,
    string Adopted,
    string? InForce,
    string? Url,
    IndonesiaFacts? Indonesia,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> CitedBy);

/// <summary>A document with Indonesia's record of it, as the /indonesia table shows it.</summary>
public sealed record IndonesiaEntry(DocumentListing Document, string Status, PartialDate? Date, string? Note);

public sealed record IndonesiaStatusGroup(string Status, IReadOnlyList<IndonesiaEntry> Entries);

/// <summary>
/// Indonesia's record, grouped by status in <see cref="InstrumentVocabulary.Statuses"/> order, with the numbers the
/// page's summary line is written from.
/// </summary>
public sealed record IndonesiaOverview(
    IReadOnlyList<IndonesiaStatusGroup> Groups,
    int Treaties,
    int TreatiesJoined)
{
    public int Count => Groups.Sum(g => g.Entries.Count);

    /// <summary>The kinds counted as treaties in the summary: a protocol is a treaty of its own that a state joins separately.</summary>
    public static IReadOnlyList<string> TreatyKinds { get; } = ["treaty", "protocol"];

    /// <summary>The statuses that make Indonesia bound by a treaty.</summary>
    public static IReadOnlyList<string> JoinedStatuses { get; } = ["party", "ratified"];
}

namespace CyberDiplomacy.Core.Content;

/// <summary>What a primary document is: its symbol, kind, issuing body, dates, official text and track on the timeline.</summary>
public sealed record Instrument(
    string? Symbol,
    string Kind,
    string Body,
    PartialDate Adopted,
    PartialDate? InForce,
    string? OfficialUrl,
    string Track,
    IndonesiaRecord? Indonesia);

/// <summary>Indonesia's relation to a document, with the source that confirms it.</summary>
public sealed record IndonesiaRecord(string Status, PartialDate? Date, string? Note, string? SourceId);

/// <summary>The closed vocabularies of primary documents.</summary>
public static class InstrumentVocabulary
{
    public static IReadOnlyList<string> Kinds { get; } = ["resolution", "report", "treaty", "protocol", "law", "regulation", "strategy", "declaration", "manual"];

    /// <summary>Indonesia's statuses, in the order the record page groups them (closest commitment first).</summary>
    public static IReadOnlyList<string> Statuses { get; } =
        ["party", "ratified", "signed", "issued", "member", "voted-yes", "abstained", "voted-no", "not-party", "not-applicable"];
}

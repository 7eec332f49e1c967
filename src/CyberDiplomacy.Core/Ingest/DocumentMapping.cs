using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>Conversions between parsed documents, stored rows, index documents and validation outlines.</summary>
internal static class DocumentMapping
{
    public static StoredDocument ToStored(ContentDocument document, DateTime updated, string updatedSource, DateTime now)
    {
        StoredDocument stored = document.Kind switch
        {
            DocumentKind.Article => new Article { Translation = document.Translation, Featured = document.Featured, TermsUsed = [.. document.TermsUsed] },
            DocumentKind.Term => new GlossaryTerm
            {
                English = document.English ?? "",
                Abbreviation = document.Abbreviation,
                DefinitionHtml = document.DefinitionHtml,
                DefinitionText = document.DefinitionText,
                Related = [.. document.Related],
                Aliases = document.Aliases.Select(a => new TermAlias { Alias = a }).ToList(),
            },
            DocumentKind.Topic => new Topic { TopicOrder = document.Wayfinding!.Order, Members = [.. document.Wayfinding.Members] },
            DocumentKind.ReadingPath => new ReadingPath { Members = [.. document.Wayfinding!.Members], StepNotes = [.. document.Wayfinding.Notes] },
            _ => ToStored(document.Instrument!),
        };
        stored.Kind = document.Kind;
        stored.Slug = document.Slug;
        stored.RelativePath = document.RelativePath;
        stored.ContentHash = document.ContentHash;
        stored.Title = document.Title;
        stored.Summary = document.Summary;
        stored.Lang = document.Lang;
        stored.Html = document.Html;
        stored.PlainText = document.PlainText;
        stored.WordCount = document.WordCount;
        stored.Headings = [.. document.Headings];
        stored.Updated = updated;
        stored.UpdatedSource = updatedSource;
        stored.IngestedAt = now;
        stored.Tags = document.Tags.Select(t => new DocumentTag { Tag = t }).ToList();
        stored.Reviewed = document.Reviewed;
        stored.Sources = document.Sources.Select((s, i) => new DocumentSource
        {
            Position = i + 1, CitationId = s.Id, Title = s.Title, Url = s.Url, Publisher = s.Publisher, Date = s.Date, Primary = s.Primary,
        }).ToList();
        stored.Events = document.Events.Select(e => new StoredEvent
        {
            Date = e.Date.ToString(), SortDate = e.Date.Earliest, Title = e.Title, Track = e.Track, Anchor = e.Anchor,
        }).ToList();
        stored.Links = document.Links.Select(l => new StoredLink
        {
            TargetKind = l.TargetKind,
            TargetSlug = l.TargetSlug,
            Url = l.Url,
            Line = l.Line,
            Column = l.Column,
        }).ToList();
        return stored;
    }

    private static PrimaryDocument ToStored(Instrument instrument) => new()
    {
        Symbol = instrument.Symbol,
        InstrumentKind = instrument.Kind,
        IssuedBy = instrument.Body,
        Adopted = instrument.Adopted.ToString(),
        AdoptedSort = instrument.Adopted.Earliest,
        InForce = instrument.InForce?.ToString(),
        OfficialUrl = instrument.OfficialUrl,
        Track = instrument.Track,
        IndonesiaStatus = instrument.Indonesia?.Status,
        IndonesiaDate = instrument.Indonesia?.Date?.ToString(),
        IndonesiaNote = instrument.Indonesia?.Note,
        IndonesiaSource = instrument.Indonesia?.SourceId,
    };

    /// <summary>
    /// The names a primary document is found by: its symbol as written and without "No." (ETS No. 185 → ETS 185), and
    /// its title; an exact symbol then ranks it first, as a term's name does.
    /// </summary>
    public static IReadOnlyList<string> SymbolNames(string? symbol)
    {
        if (symbol is null) return [];
        var shorter = System.Text.RegularExpressions.Regex.Replace(symbol, @"\b(No|Nomor)\.?\s+", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return shorter == symbol ? [symbol] : [symbol, shorter];
    }

    public static IReadOnlyList<string> TermNames(GlossaryTerm term) =>
        DocumentOutline.TermNames(term.Title, term.English, term.Abbreviation, term.Aliases.Select(a => a.Alias));

    public static SearchDocument ToSearch(ContentDocument document, IReadOnlyList<string> about) => new(
        document.Kind,
        document.Slug,
        document.Lang,
        document.Title,
        document.Kind switch
        {
            DocumentKind.Term => DocumentOutline.From(document).Names,
            DocumentKind.Document => SymbolNames(document.Instrument?.Symbol),
            _ => [],
        },
        about,
        document.Summary,
        document.PlainText,
        document.Tags,
        document.Sections);

    public static SearchDocument ToSearch(StoredDocument stored, IReadOnlyList<string> about) => new(
        stored.Kind,
        stored.Slug,
        stored.Lang,
        stored.Title,
        stored switch
        {
            GlossaryTerm term => TermNames(term),
            PrimaryDocument instrument => SymbolNames(instrument.Symbol),
            _ => [],
        },
        about,
        stored.Summary,
        stored.PlainText,
        stored.Tags.Select(t => t.Tag).ToList(),
        stored.Kind is DocumentKind.Article or DocumentKind.Document ? DocumentSections.Split(stored.PlainText, stored.Headings) : null);
}

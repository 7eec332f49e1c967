using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>Conversions between parsed documents, stored rows, index documents and validation outlines.</summary>
internal static class DocumentMapping
{
    public static StoredDocument ToStored(ContentDocument document, DateTime updated, string updatedSource, DateTime now)
    {
        StoredDocument stored = document.Kind == DocumentKind.Article
            ? new Article { Translation = document.Translation, Featured = document.Featured, TermsUsed = [.. document.TermsUsed] }
            : new GlossaryTerm
            {
                English = document.English ?? "",
                Abbreviation = document.Abbreviation,
                DefinitionHtml = document.DefinitionHtml,
                DefinitionText = document.DefinitionText,
                Related = [.. document.Related],
                Aliases = document.Aliases.Select(a => new TermAlias { Alias = a }).ToList(),
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

    public static IReadOnlyList<string> TermNames(GlossaryTerm term) =>
        DocumentOutline.TermNames(term.Title, term.English, term.Abbreviation, term.Aliases.Select(a => a.Alias));

    public static SearchDocument ToSearch(ContentDocument document, IReadOnlyList<string> about) => new(
        document.Kind,
        document.Slug,
        document.Lang,
        document.Title,
        document.Kind == DocumentKind.Term ? DocumentOutline.From(document).Names : [],
        about,
        document.Summary,
        document.PlainText,
        document.Tags);

    public static SearchDocument ToSearch(StoredDocument stored, IReadOnlyList<string> about) => new(
        stored.Kind,
        stored.Slug,
        stored.Lang,
        stored.Title,
        stored is GlossaryTerm term ? TermNames(term) : [],
        about,
        stored.Summary,
        stored.PlainText,
        stored.Tags.Select(t => t.Tag).ToList());
}

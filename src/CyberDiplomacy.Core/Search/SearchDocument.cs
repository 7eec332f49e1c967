using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Search;

/// <summary>What the index holds of one article, term or primary document; <see cref="Sections"/> are offsets into <see cref="Body"/>.</summary>
public sealed record SearchDocument(
    DocumentKind Kind,
    string Slug,
    string Lang,
    string Title,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> About,
    string Summary,
    string Body,
    IReadOnlyList<string> Tags,
    IReadOnlyList<DocumentSection>? Sections = null)
{
    public string Key => KeyOf(Kind, Slug);
    public static string KeyOf(DocumentKind kind, string slug) => kind.ToApiName() + ":" + slug;
}

/// <summary>One ingest's changes to the index: everything replaced, or some documents removed and some (re)written.</summary>
public sealed record IndexChanges(bool ReplaceAll, IReadOnlyList<(DocumentKind Kind, string Slug)> Removed, IReadOnlyList<SearchDocument> Documents,
    string ContentVersion);

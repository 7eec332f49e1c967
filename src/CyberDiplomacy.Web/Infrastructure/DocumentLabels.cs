using System.Globalization;
using CyberDiplomacy.Core.Content;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>
/// The reader's words for the closed vocabularies of documents (kinds, Indonesia's statuses, timeline tracks, content
/// kinds), looked up in the UI strings by the value stored, so every page names them the same way.
/// </summary>
public static class DocumentLabels
{
    public static string InstrumentKind(this IStringLocalizer text, string kind) => text["InstrumentKind." + kind];

    public static string IndonesiaStatus(this IStringLocalizer text, string status) => text["IndonesiaStatus." + status];

    public static string Track(this IStringLocalizer text, string track) => text["Track." + track];

    /// <summary>"Artikel", "Istilah" or "Dokumen": what a linked item is, in backlinks, tag pages and search results.</summary>
    public static string ContentKind(this IStringLocalizer text, DocumentKind kind) => text["Kind." + kind];

    /// <summary>The same for a kind as the search index and API name it (<c>article</c>, <c>term</c>, <c>document</c>).</summary>
    public static string ContentKind(this IStringLocalizer text, string apiName) =>
        DocumentKinds.TryParseApiName(apiName, out var kind) ? text.ContentKind(kind) : apiName;

    /// <summary>"Artikel", "Istilah", "Dokumen" as a heading over many (the search page's type filter).</summary>
    public static string ContentKinds(this IStringLocalizer text, string apiName) =>
        DocumentKinds.TryParseApiName(apiName, out var kind) ? text["Kind." + kind + "s"] : apiName;

    /// <summary>"22 Juli 2015", "Juli 2015" or "2015" in the reader's language.</summary>
    public static string Display(this PartialDate date) => date.ToDisplayString(CultureInfo.CurrentCulture);
}

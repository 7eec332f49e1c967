using System.Globalization;
using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Store;

/// <summary>
/// The catalogue's filters as a reader submits them (<c>?kind=&amp;body=&amp;decade=&amp;status=&amp;sort=</c>). A value the
/// catalogue does not know is dropped, so a hand-edited URL shows the whole catalogue instead of an empty one.
/// </summary>
public sealed record DocumentFilter(string? Kind, string? Body, int? Decade, string? Status, bool NewestFirst)
{
    public const string Oldest = "date-asc";
    public const string Newest = "date-desc";

    public static DocumentFilter None { get; } = new(null, null, null, null, true);

    public bool IsEmpty => Kind is null && Body is null && Decade is null && Status is null;

    /// <summary>The sort key as it appears in the URL.</summary>
    public string Sort => NewestFirst ? Newest : Oldest;

    public static DocumentFilter Read(string? kind, string? body, string? decade, string? status, string? sort) => new(
        InstrumentVocabulary.Kinds.Contains(kind?.Trim()) ? kind!.Trim() : null,
        string.IsNullOrWhiteSpace(body) || body.Length > 200 ? null : body.Trim(),
        int.TryParse(decade, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100 && year % 10 == 0 ? year : null,
        InstrumentVocabulary.Statuses.Contains(status?.Trim()) ? status!.Trim() : null,
        sort != Oldest);
}

/// <summary>
/// The documents a filter leaves, in date order, with faceted counts: each value's count is what choosing it would
/// show given the other filters, so a count is never a dead end.
/// </summary>
public sealed record DocumentCatalogue(
    DocumentFilter Filter,
    IReadOnlyList<DocumentListing> Documents,
    int Total,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> Bodies,
    IReadOnlyList<FacetValue> Decades,
    IReadOnlyList<FacetValue> Statuses)
{
    public static DocumentCatalogue Build(IReadOnlyList<DocumentListing> all, DocumentFilter filter)
    {
        bool Matches(DocumentListing d, string? skip) =>
            (skip == "kind" || filter.Kind is null || d.Kind == filter.Kind)
            && (skip == "body" || filter.Body is null || d.Body == filter.Body)
            && (skip == "decade" || filter.Decade is null || d.Decade == filter.Decade)
            && (skip == "status" || filter.Status is null || d.IndonesiaStatus == filter.Status);

        IReadOnlyList<FacetValue> Facet(string name, Func<DocumentListing, string?> value, List<string> order) =>
            all.Where(d => Matches(d, name)).Select(value).OfType<string>().CountBy(v => v)
                .Select(c => new FacetValue(c.Key, c.Value))
                .OrderBy(f => order.IndexOf(f.Value) is var i and >= 0 ? i : int.MaxValue)
                .ThenBy(f => f.Value, StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase))
                .ToList();

        var shown = all.Where(d => Matches(d, null));
        shown = filter.NewestFirst
            ? shown.OrderByDescending(d => d.Adopted).ThenBy(d => d.Title, StringComparer.Ordinal)
            : shown.OrderBy(d => d.Adopted).ThenBy(d => d.Title, StringComparer.Ordinal);
        var decades = all.Select(d => d.Decade).Distinct().Order().Select(d => d.ToString(CultureInfo.InvariantCulture)).ToList();
        return new DocumentCatalogue(
            filter,
            shown.ToList(),
            all.Count,
            Facet("kind", d => d.Kind, [.. InstrumentVocabulary.Kinds]),
            Facet("body", d => d.Body, []),
            Facet("decade", d => d.Decade.ToString(CultureInfo.InvariantCulture), decades),
            Facet("status", d => d.IndonesiaStatus, [.. InstrumentVocabulary.Statuses]));
    }
}

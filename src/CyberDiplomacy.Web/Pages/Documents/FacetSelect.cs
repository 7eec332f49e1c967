using CyberDiplomacy.Core.Store;

namespace CyberDiplomacy.Web.Pages.Documents;

/// <summary>One filter of the catalogue's form: a select of the values with their counts.</summary>
public sealed record FacetSelect(string Name, string Label, string? Selected, IReadOnlyList<FacetValue> Values, Func<string, string> Describe)
{
    public string Id => "filter-" + Name;

    /// <summary>The values, plus the chosen one when the other filters leave none of it: the form always shows what is chosen.</summary>
    public IReadOnlyList<FacetValue> Options =>
        Selected is null || Values.Any(v => v.Value == Selected) ? Values : [new FacetValue(Selected, 0), .. Values];
}

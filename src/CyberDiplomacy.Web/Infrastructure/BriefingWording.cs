using System.Globalization;
using CyberDiplomacy.Core.Briefing;
using Microsoft.Extensions.Localization;

namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>A pack's title and labels in the reader's language, shared by the page and the EPUB so both say the same.</summary>
public static class BriefingWording
{
    /// <summary>"Paket Briefing: norma", the one article's or document's title, or what it holds.</summary>
    public static string Title(BriefingPack pack, IStringLocalizer<SharedResource> text)
    {
        var selection = pack.Selection;
        var subject = selection.Tag
            ?? (selection.Articles.Count + selection.Documents.Count == 1 ? pack.Chapters.First().Title : null)
            ?? Format(text["Briefing.Selected"], pack.Articles.Count, pack.Documents.Count);
        return Format(text["Briefing.Title"], subject);
    }

    /// <summary>"Disusun 5 Desember 2026 dari Pustaka Diplomasi Siber, https://…".</summary>
    public static string Compiled(DateOnly date, string siteUrl, IStringLocalizer<SharedResource> text) =>
        Format(text["Briefing.Compiled"], date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture), siteUrl);

    /// <summary>The notice for a tag whose articles were cut at the limit, or null.</summary>
    public static string? Omitted(BriefingPack pack, IStringLocalizer<SharedResource> text) =>
        pack.OmittedArticles == 0 ? null : Format(text["Briefing.Omitted"], pack.Articles.Count, pack.Selection.Tag ?? "", pack.OmittedArticles);

    public static BriefingLabels Labels(BriefingPack pack, DateOnly compiled, string siteUrl, IStringLocalizer<SharedResource> text) => new(
        CultureInfo.CurrentCulture,
        Title(pack, text),
        Compiled(compiled, siteUrl, text),
        text["Briefing.Contents"],
        text["Briefing.Articles"],
        text["Briefing.Documents"],
        text["Briefing.Glossary"],
        text["Briefing.Sources"],
        text["Briefing.Symbol"],
        text["Briefing.IssuedBy"],
        text["Briefing.Adopted"],
        text["Briefing.InForce"],
        text["Briefing.OfficialText"],
        text["Briefing.CitedIn"],
        text["Term.English"],
        text["Term.Abbreviation"],
        text["Article.PrimarySource"],
        text["Article.BackToCitation"],
        Omitted(pack, text));

    private static string Format(LocalizedString format, params object[] values) => string.Format(CultureInfo.CurrentCulture, format.Value, values);
}

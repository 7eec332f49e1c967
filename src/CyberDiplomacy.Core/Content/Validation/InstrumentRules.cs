using CyberDiplomacy.Core.Content.Markdown;

namespace CyberDiplomacy.Core.Content.Validation;

/// <summary>Reads what a primary document is from its front matter, reporting every field that is missing or unknown.</summary>
public static class InstrumentRules
{
    public static Instrument? Read(InstrumentFrontMatter front, IReadOnlyList<SourceReference> sources, FrontMatterReader.Block block, string path,
        List<ContentDiagnostic> diagnostics)
    {
        var problems = diagnostics.Count;
        void Report(string key, string message) =>
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.InvalidInstrument, path, FrontMatterReader.LineOf(block, key), 1, "front matter: " + message));

        var kind = front.Kind?.Trim();
        if (kind is null || !InstrumentVocabulary.Kinds.Contains(kind)) Report("kind", $"kind '{kind}' is unknown (use one of: {string.Join(", ", InstrumentVocabulary.Kinds)})");
        var body = FrontMatterRules.Optional(front.Body);
        if (body is null) Report("body", "'body' is required: who adopted or issued the document");
        if (!PartialDate.TryParse(front.Adopted, out var adopted)) Report("adopted", $"adopted '{front.Adopted}' is not a date (write YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known)");
        PartialDate? inForce = null;
        if (front.InForce is not null)
        {
            if (PartialDate.TryParse(front.InForce, out var date)) inForce = date;
            else Report("in-force", $"in-force '{front.InForce}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        var url = FrontMatterRules.Optional(front.Url);
        if (url is not null && (!UrlSafety.IsSafe(url) || !UrlSafety.IsExternal(url)))
        {
            Report("url", $"url '{url}' must be an http or https address of the official text");
            url = null;
        }
        var track = front.Track?.Trim();
        if (!TimelineTracks.IsKnown(track)) Report("track", $"track '{track}' is unknown (use one of: {string.Join(", ", TimelineTracks.All)})");
        var indonesia = ReadIndonesia(front.Indonesia, sources, Report);
        if (diagnostics.Count > problems) return null;
        return new Instrument(FrontMatterRules.Optional(front.Symbol), kind!, body!, adopted, inForce, url, track!, indonesia);
    }

    private static IndonesiaRecord? ReadIndonesia(IndonesiaRecordFrontMatter? record, IReadOnlyList<SourceReference> sources, Action<string, string> report)
    {
        if (record is null) return null;
        var status = record.Status?.Trim();
        if (status is null || !InstrumentVocabulary.Statuses.Contains(status))
        {
            report("indonesia", $"indonesia status '{status}' is unknown (use one of: {string.Join(", ", InstrumentVocabulary.Statuses)})");
        }
        PartialDate? date = null;
        if (record.Date is not null)
        {
            if (PartialDate.TryParse(record.Date, out var parsed)) date = parsed;
            else report("indonesia", $"indonesia date '{record.Date}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        if (record.Source is null || !sources.Any(s => s.Id == record.Source))
        {
            report("indonesia", "indonesia needs 'source:' set to the id of the entry in 'sources' that confirms the status");
        }
        return new IndonesiaRecord(status ?? "", date, FrontMatterRules.Optional(record.Note), record.Source);
    }
}

namespace CyberDiplomacy.Core.Ingest;

/// <summary>Decides a document's "last updated": front matter, else git history, else the file's time.</summary>
public interface IDocumentDates
{
    (DateTime Updated, string Source) Resolve(string relativePath, DateTime fileLastWriteUtc, DateTime? frontMatter);
}

/// <summary>A stored document whose "last updated" moved without its file changing (a commit touched it).</summary>
internal sealed record DateChange(int Id, DateTime? Updated, string Source);

internal static class DateChanges
{
    /// <summary>The dates of unchanged documents that moved: a commit changes "last updated" without changing a file.</summary>
    public static List<DateChange> Find(IDocumentDates dates, IReadOnlyList<Content.FileStamp> files, IEnumerable<StoredSummary> unchanged)
    {
        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var changes = new List<DateChange>();
        foreach (var document in unchanged.Where(d => byPath.ContainsKey(d.RelativePath)))
        {
            var frontMatter = document.UpdatedSource == GitDocumentDates.FrontMatter ? document.Updated : null;
            var (updated, source) = dates.Resolve(document.RelativePath, byPath[document.RelativePath].LastWriteUtc, frontMatter);
            if (updated != document.Updated || source != document.UpdatedSource) changes.Add(new DateChange(document.Id, updated, source));
        }
        return changes;
    }
}

using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>Decides a document's "last updated": front matter, else git history, else the file's time.</summary>
public interface IDocumentDates
{
    (DateTime Updated, string Source) Resolve(ContentFile file, DateTime? frontMatter);
}

public sealed class FileTimeDates : IDocumentDates
{
    public (DateTime Updated, string Source) Resolve(ContentFile file, DateTime? frontMatter) =>
        frontMatter is { } date ? (date, GitDocumentDates.FrontMatter) : (file.LastWriteUtc, GitDocumentDates.File);
}

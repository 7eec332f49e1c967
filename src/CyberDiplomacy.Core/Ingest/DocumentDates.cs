namespace CyberDiplomacy.Core.Ingest;

/// <summary>Decides a document's "last updated": front matter, else git history, else the file's time.</summary>
public interface IDocumentDates
{
    (DateTime Updated, string Source) Resolve(string relativePath, DateTime fileLastWriteUtc, DateTime? frontMatter);
}

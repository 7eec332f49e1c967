using System.Data.Common;
using System.Globalization;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>What one ingest changes in the store.</summary>
internal sealed record StoreChanges(
    IReadOnlyList<(ContentFile File, ContentDocument Document)> Accepted,
    IReadOnlyList<StoredSummary> Removed,
    IReadOnlyList<ContentFile> Restamped,
    IReadOnlyList<DateChange> DateChanges,
    IReadOnlyDictionary<string, string> Versions);

/// <summary>A document as inserted: its row id and the date it was given.</summary>
internal sealed record InsertedDocument(ContentFile File, ContentDocument Document, int Id, DateTime Updated, string UpdatedSource);

/// <summary>
/// Every SQL write of an ingest, in one transaction (<see cref="WriteAsync"/>). Inserts parsed documents and their
/// tags, sources, links and aliases with prepared commands: a cold build writes ~50 rows per article, and going through the change tracker for each of them cost
/// more than parsing. Values are written exactly as the EF model maps them (enums as names, lists as JSON). The calls
/// are synchronous: SQLite has no asynchronous I/O, and a Task per row was measurable at half a million rows.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    private readonly DbCommand _document;
    private readonly DbCommand _tag;
    private readonly DbCommand _source;
    private readonly DbCommand _link;
    private readonly DbCommand _alias;
    private readonly DbCommand _stamp;
    private readonly DbCommand _event;

    /// <summary>
    /// Replaces the changed documents, removes the gone ones, records new stamps, dates and the build versions, and
    /// commits; readers see the store before or after, never between.
    /// </summary>
    public static async Task<List<InsertedDocument>> WriteAsync(KnowledgeBaseDbContext db, StoreChanges changes, IDocumentDates dates,
        CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        // The store is derived data: in WAL mode NORMAL still never corrupts the file, it only gives up durability of the
        // last commit on power loss, which the next start notices (store and index disagree) and rebuilds from content.
        // FULL would sync the log on every editor's save.
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replacedPaths = changes.Accepted.Select(a => a.File.RelativePath).Concat(changes.Removed.Select(r => r.RelativePath)).ToList();
        foreach (var chunk in replacedPaths.Chunk(500))
        {
            await db.Documents.Where(d => chunk.Contains(d.RelativePath)).ExecuteDeleteAsync(cancellationToken);
        }
        // A slug can move between files (renamed, or moved to articles/en/); articles and terms may share a slug.
        foreach (var kind in changes.Accepted.Select(a => a.Document.Kind).Distinct())
        {
            foreach (var chunk in changes.Accepted.Where(a => a.Document.Kind == kind).Select(a => a.Document.Slug).Chunk(500))
            {
                await db.Documents.Where(d => d.Kind == kind && chunk.Contains(d.Slug)).ExecuteDeleteAsync(cancellationToken);
            }
        }
        var inserted = new List<InsertedDocument>();
        using (var writer = new StoreWriter(db))
        {
            foreach (var (file, document) in changes.Accepted)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (updated, updatedSource) = dates.Resolve(file.RelativePath, file.LastWriteUtc, document.Updated);
                inserted.Add(new InsertedDocument(file, document, writer.Insert(file, document, updated, updatedSource, now), updated, updatedSource));
            }
            foreach (var file in changes.Restamped) writer.Restamp(file);
        }
        await db.BuildStates.ExecuteDeleteAsync(cancellationToken);
        foreach (var (key, value) in changes.Versions) db.BuildStates.Add(new BuildState { Key = key, Value = value });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var change in changes.DateChanges)
        {
            await db.Documents.Where(d => d.Id == change.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Updated, change.Updated).SetProperty(d => d.UpdatedSource, change.Source), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return inserted;
    }

    private StoreWriter(KnowledgeBaseDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("StoreWriter needs the ingest's transaction");
        _document = Prepare(connection, transaction,
            "INSERT INTO Documents (Kind, Slug, RelativePath, ContentHash, Title, Summary, Lang, Html, PlainText, WordCount, Headings, Updated, Reviewed, " +
            "UpdatedSource, IngestedAt, FileLength, FileModifiedTicks, Translation, Featured, TermsUsed, English, Abbreviation, DefinitionHtml, DefinitionText, Related, " +
            "Symbol, InstrumentKind, IssuedBy, Adopted, AdoptedSort, InForce, OfficialUrl, Track, IndonesiaStatus, IndonesiaDate, IndonesiaNote, IndonesiaSource, " +
            "TopicOrder, Members, StepNotes) " +
            "VALUES ($kind, $slug, $path, $hash, $title, $summary, $lang, $html, $plain, $words, $headings, $updated, $reviewed, $updatedSource, $ingestedAt, " +
            "$fileLength, $fileModified, $translation, $featured, $termsUsed, $english, $abbreviation, $definitionHtml, $definitionText, $related, " +
            "$symbol, $instrumentKind, $issuedBy, $adopted, $adoptedSort, $inForce, $officialUrl, $track, $idStatus, $idDate, $idNote, $idSource, " +
            "$topicOrder, $members, $stepNotes) RETURNING Id");
        _event = Prepare(connection, transaction,
            "INSERT INTO Events (DocumentId, Date, SortDate, Title, Track, Anchor) VALUES ($document, $date, $sortDate, $title, $track, $anchor)");
        _tag = Prepare(connection, transaction, "INSERT INTO Tags (DocumentId, Tag) VALUES ($document, $tag)");
        _source = Prepare(connection, transaction,
            "INSERT INTO Sources (DocumentId, Position, CitationId, Title, Url, Publisher, Date, \"Primary\") VALUES ($document, $position, $id, $title, $url, $publisher, $date, $primary)");
        _link = Prepare(connection, transaction,
            "INSERT INTO Links (DocumentId, TargetKind, TargetSlug, Url, Line, \"Column\") VALUES ($document, $kind, $slug, $url, $line, $column)");
        _alias = Prepare(connection, transaction, "INSERT INTO Aliases (TermId, Alias) VALUES ($term, $alias)");
        _stamp = Prepare(connection, transaction, "UPDATE Documents SET FileLength = $length, FileModifiedTicks = $ticks WHERE RelativePath = $path");
    }

    public int Insert(ContentFile file, ContentDocument document, DateTime updated, string updatedSource, DateTime now)
    {
        var (isTerm, isArticle, instrument) = (document.Kind == DocumentKind.Term, document.Kind == DocumentKind.Article, document.Instrument);
        Set(_document, StoreConversions.KindToText(document.Kind), document.Slug, document.RelativePath, document.ContentHash, document.Title, document.Summary,
            document.Lang, document.Html, document.PlainText, document.WordCount, StoreConversions.ToJson(document.Headings.ToList()),
            updated, document.Reviewed is { } reviewed ? StoreConversions.DateToText(reviewed) : null, updatedSource, now, file.Length, file.LastWriteUtc.Ticks,
            isArticle ? document.Translation : null, isArticle ? document.Featured : null, isArticle ? StoreConversions.ToJson(document.TermsUsed.ToList()) : null,
            isTerm ? document.English ?? "" : null, isTerm ? document.Abbreviation : null,
            isTerm ? document.DefinitionHtml : null, isTerm ? document.DefinitionText : null,
            isTerm ? StoreConversions.ToJson(document.Related.ToList()) : null,
            instrument?.Symbol, instrument?.Kind, instrument?.Body, instrument?.Adopted.ToString(),
            instrument is null ? null : StoreConversions.DateToText(instrument.Adopted.Earliest), instrument?.InForce?.ToString(), instrument?.OfficialUrl,
            instrument?.Track, instrument?.Indonesia?.Status, instrument?.Indonesia?.Date?.ToString(), instrument?.Indonesia?.Note, instrument?.Indonesia?.SourceId,
            document.Kind == DocumentKind.Topic ? document.Wayfinding!.Order : null,
            document.Wayfinding is { } way ? StoreConversions.ToJson(way.Members.ToList()) : null,
            document.Kind == DocumentKind.ReadingPath ? StoreConversions.ToJson(document.Wayfinding!.Notes.ToList()) : null);
        var id = Convert.ToInt64(_document.ExecuteScalar(), CultureInfo.InvariantCulture);
        foreach (var tag in document.Tags)
        {
            Set(_tag, id, tag);
            _tag.ExecuteNonQuery();
        }
        for (var i = 0; i < document.Sources.Count; i++)
        {
            var source = document.Sources[i];
            Set(_source, id, i + 1, source.Id, source.Title, source.Url, source.Publisher, source.Date, source.Primary);
            _source.ExecuteNonQuery();
        }
        foreach (var entry in document.Events)
        {
            Set(_event, id, entry.Date.ToString(), StoreConversions.DateToText(entry.Date.Earliest), entry.Title, entry.Track, entry.Anchor);
            _event.ExecuteNonQuery();
        }
        foreach (var link in document.Links)
        {
            Set(_link, id, link.TargetKind is { } kind ? StoreConversions.KindToText(kind) : null, link.TargetSlug, link.Url, link.Line, link.Column);
            _link.ExecuteNonQuery();
        }
        if (isTerm)
        {
            foreach (var alias in document.Aliases)
            {
                Set(_alias, id, alias);
                _alias.ExecuteNonQuery();
            }
        }
        return (int)id;
    }

    /// <summary>The file was touched but its text is the same: remember the new stamp so the next scan skips it.</summary>
    public void Restamp(ContentFile file)
    {
        Set(_stamp, file.Length, file.LastWriteUtc.Ticks, file.RelativePath);
        _stamp.ExecuteNonQuery();
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+").Select(m => m.Value).Distinct())
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose()
    {
        _document.Dispose();
        _tag.Dispose();
        _source.Dispose();
        _link.Dispose();
        _alias.Dispose();
        _stamp.Dispose();
        _event.Dispose();
    }
}

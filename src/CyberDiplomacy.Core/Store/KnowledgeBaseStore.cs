using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CyberDiplomacy.Core.Store;

/// <summary>Opens the SQLite file, applying migrations; a file that cannot be opened is derived data, so it is recreated.</summary>
public static class KnowledgeBaseStore
{
    public static async Task OpenAsync(IDbContextFactory<KnowledgeBaseDbContext> factory, KnowledgeBasePaths paths, ILogger logger, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.DataRoot);
        try
        {
            await MigrateAsync(factory, cancellationToken);
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Database {File} is unreadable or from an unknown schema ({Reason}); recreating it from content", paths.DatabaseFile, ex.Message);
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(paths.DatabaseFile + suffix);
            }
            await MigrateAsync(factory, cancellationToken);
        }
    }

    private static async Task MigrateAsync(IDbContextFactory<KnowledgeBaseDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // Migrate also diffs the model against the snapshot (seconds of start-up); an up-to-date file needs neither.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        // WAL lets readers keep reading while an ingest writes; and a quick integrity probe catches a damaged file early.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Documents.CountAsync(cancellationToken);
    }

    /// <summary>
    /// Checks that baked data can be served read-only: the file exists, has no write-ahead log that an immutable open
    /// would ignore, and carries the schema this build expects. Throws with what to do otherwise.
    /// </summary>
    public static async Task OpenReadOnlyAsync(IDbContextFactory<KnowledgeBaseDbContext> factory, KnowledgeBasePaths paths, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(paths.DatabaseFile))
        {
            throw new InvalidOperationException($"KnowledgeBase:ReadOnlyData is on but {paths.DatabaseFile} does not exist; bake the data with `kb build` first.");
        }
        if (new FileInfo(paths.DatabaseFile + "-wal") is { Exists: true, Length: > 0 })
        {
            throw new InvalidOperationException($"{paths.DatabaseFile}-wal holds changes not yet in the database file; run `kb build` again so it seals the data.");
        }
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException($"{paths.DatabaseFile} was built by an older kb (missing {string.Join(", ", pending)}); rebuild the data with this version's `kb build`.");
        }
        await db.Documents.CountAsync(cancellationToken);
    }

    /// <summary>
    /// Folds the write-ahead log into the database file, leaves WAL mode (a writable app turns it back on when it
    /// opens the file) and closes every connection: the data folder is then one self-contained file plus the index,
    /// ready to be copied into an image and opened read-only. <c>kb build</c> ends with this.
    /// </summary>
    public static async Task SealAsync(IDbContextFactory<KnowledgeBaseDbContext> factory, CancellationToken cancellationToken = default)
    {
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;", cancellationToken);
        }
        SqliteConnection.ClearAllPools();
    }

    /// <param name="readOnly">
    /// Opens the file immutable and read-only: SQLite then takes no locks and creates no -wal or -shm file, which a
    /// read-only file system would refuse. Only valid for data nothing writes to while the app runs.
    /// </param>
    public static string ConnectionString(KnowledgeBasePaths paths, bool readOnly = false) => readOnly
        ? new SqliteConnectionStringBuilder { DataSource = new Uri(paths.DatabaseFile).AbsoluteUri + "?immutable=1", Mode = SqliteOpenMode.ReadOnly, Cache = SqliteCacheMode.Private, Pooling = true }.ToString()
        : new SqliteConnectionStringBuilder { DataSource = paths.DatabaseFile, Cache = SqliteCacheMode.Private, Pooling = true }.ToString();
}

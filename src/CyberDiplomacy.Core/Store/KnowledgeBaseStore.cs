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
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers keep reading while an ingest writes; and a quick integrity probe catches a damaged file early.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Documents.AsNoTracking().CountAsync(cancellationToken);
    }

    public static string ConnectionString(KnowledgeBasePaths paths) =>
        new SqliteConnectionStringBuilder { DataSource = paths.DatabaseFile, Cache = SqliteCacheMode.Private, Pooling = true }.ToString();
}

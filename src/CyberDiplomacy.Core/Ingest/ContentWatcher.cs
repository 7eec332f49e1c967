using System.Threading.Channels;
using CyberDiplomacy.Core.Content;
using Microsoft.Extensions.Logging;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>
/// Watches content/ and re-ingests after a short quiet period, so a save (often several file-system events: write,
/// rename, attribute change) becomes one incremental ingest. Only changed files are parsed, so this stays well under a second.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(120);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(600);

    private readonly Ingestor _ingestor;
    private readonly ILogger<ContentWatcher> _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<string> _changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly CancellationTokenSource _stopping = new();
    private CancellationTokenSource? _running;
    private Task? _loop;
    private int _disposed;

    public ContentWatcher(ContentSource source, Ingestor ingestor, ILogger<ContentWatcher> logger)
    {
        _ingestor = ingestor;
        _logger = logger;
        _watcher = new FileSystemWatcher(source.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, e) => Signal(e.FullPath);
        _watcher.Created += (_, e) => Signal(e.FullPath);
        _watcher.Deleted += (_, e) => Signal(e.FullPath);
        _watcher.Renamed += (_, e) => Signal(e.FullPath);
        _watcher.Error += (_, e) => _logger.LogWarning(e.GetException(), "Content watcher lost events; re-ingesting everything that changed");
    }

    /// <param name="stopping">The host's stopping token: it cancels a reload in progress as well as the wait for the next.</param>
    public void Start(CancellationToken stopping = default)
    {
        _running = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, stopping);
        var token = _running.Token;
        _loop = Task.Run(() => RunAsync(token), CancellationToken.None);
        _watcher.EnableRaisingEvents = true;
    }

    private void Signal(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension is ".md" or ".txt" || extension.Length == 0) _changes.Writer.TryWrite(path);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(cancellationToken))
            {
                var first = DateTime.UtcNow;
                // Wait for the burst of events from one save to settle, but never longer than MaxDelay.
                while (DateTime.UtcNow - first < MaxDelay)
                {
                    while (_changes.Reader.TryRead(out _)) { }
                    await Task.Delay(Quiet, cancellationToken);
                    if (!_changes.Reader.TryPeek(out _)) break;
                }
                try
                {
                    await _ingestor.IngestAsync(cancellationToken: cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _logger.LogError(ex, "Reload after a content change failed; the last good content keeps serving");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _watcher.EnableRaisingEvents = false;
        _stopping.Cancel();
        try { _loop?.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _watcher.Dispose();
        _running?.Dispose();
        _stopping.Dispose();
    }
}

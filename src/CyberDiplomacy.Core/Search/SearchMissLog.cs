using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CyberDiplomacy.Core.Content;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Core.Search;

/// <summary>A query readers searched without finding anything: how often in the days kept, and the last day (UTC).</summary>
public sealed record SearchMiss(string Query, int Count, DateOnly LastDay);

/// <summary>
/// What readers did not find: queries that returned nothing, even after the "Maksud Anda" correction, counted per UTC
/// day for editors (<c>kb stats --searches</c>, and <c>/_status</c> when <c>ShowSearchStatsOnStatus</c> is on).
/// Only the normalised query text and a count are kept: no address, cookie, time of day or anything else about the
/// reader. A small JSON file of its own in the data folder, written a few seconds after a change and on shutdown;
/// losing it loses only these counts. Off when <c>CountSearchMisses</c> is false or the data is read-only.
/// </summary>
/// <remarks>
/// "Results, but nothing worth clicking" is not counted: BM25 scores are not comparable between queries, so a
/// threshold on them would count some good answers and miss some bad ones; a zero is unambiguous.
/// </remarks>
public sealed class SearchMissLog : IDisposable
{
    public const string FileName = "search-misses.json";
    public static readonly TimeSpan WriteDelay = TimeSpan.FromSeconds(5);
    // Bounds on what a flood of odd queries can make the file grow to.
    private const int MaxQueryLength = 100;
    private const int MaxQueriesPerDay = 1000;
    private const int DaysKept = 90;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // The file is read by people and by kb, never put into a page: keep letters of every script readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lock _lock = new();
    private readonly Lock _writeLock = new();
    private readonly SortedDictionary<string, Dictionary<string, int>> _days;
    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private ITimer? _pendingWrite;
    private bool _dirty;

    public SearchMissLog(KnowledgeBasePaths paths, IOptions<KnowledgeBaseOptions> options, ILogger<SearchMissLog>? logger = null, TimeProvider? time = null)
    {
        _path = Path.Combine(paths.DataRoot, FileName);
        _time = time ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        IsCounting = options.Value.CountSearchMisses && !options.Value.ReadOnlyData;
        _days = Load(_path, _logger);
    }

    public bool IsCounting { get; }

    public string FilePath => _path;

    /// <summary>Lowercased, trimmed, inner whitespace collapsed: "  Kedaulatan   SIBER " and "kedaulatan siber" are one query.</summary>
    public static string Normalize(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return "";
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(c => !char.IsControl(c)).ToArray())).Where(w => w.Length > 0);
        var text = string.Join(' ', words).ToLowerInvariant();
        return UnicodeText.WithoutLoneSurrogates(text.Length > MaxQueryLength ? text[..MaxQueryLength].TrimEnd() : text);
    }

    public void Record(string? query)
    {
        if (!IsCounting) return;
        var normalized = Normalize(query);
        if (normalized.Length == 0) return;
        lock (_lock)
        {
            var day = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!_days.TryGetValue(day, out var counts))
            {
                _days[day] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                while (_days.Count > DaysKept) _days.Remove(_days.Keys.First());
            }
            if (!counts.ContainsKey(normalized) && counts.Count >= MaxQueriesPerDay) return;
            counts[normalized] = counts.GetValueOrDefault(normalized) + 1;
            _dirty = true;
            _pendingWrite ??= _time.CreateTimer(_ => Flush(), null, WriteDelay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The most frequent misses over the days kept.</summary>
    public IReadOnlyList<SearchMiss> Top(int count = 50)
    {
        lock (_lock) return Top(_days, count);
    }

    /// <summary>Reads what a running site (or an earlier one) wrote, for <c>kb stats --searches</c>.</summary>
    public static IReadOnlyList<SearchMiss> ReadTop(string dataRoot, int count = 50) =>
        Top(Load(Path.Combine(dataRoot, FileName), NullLogger.Instance), count);

    /// <summary>Writes the counts now if they changed (also called a few seconds after a change, and on dispose).</summary>
    public void Flush()
    {
        lock (_writeLock)
        {
            string text;
            lock (_lock)
            {
                _pendingWrite?.Dispose();
                _pendingWrite = null;
                if (!_dirty) return;
                _dirty = false;
                text = JsonSerializer.Serialize(new MissFile(About, _days), Json);
            }
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
                var temporary = _path + ".tmp";
                File.WriteAllText(temporary, text);
                File.Move(temporary, _path, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(ex, "Could not write the search miss counts to {Path}; they are kept in memory until the next write", _path);
                lock (_lock) _dirty = true;
            }
        }
    }

    public void Dispose() => Flush();

    private const string About = "Searches that found nothing, per UTC day: normalised query -> count. Nothing else about readers is kept.";

    private sealed record MissFile(string About, SortedDictionary<string, Dictionary<string, int>> Days);

    private static SortedDictionary<string, Dictionary<string, int>> Load(string path, ILogger logger)
    {
        var days = new SortedDictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        if (!File.Exists(path)) return days;
        try
        {
            var file = JsonSerializer.Deserialize<MissFile>(File.ReadAllText(path), Json);
            foreach (var (day, counts) in file?.Days ?? [])
            {
                if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && counts is not null)
                {
                    days[day] = new Dictionary<string, int>(counts.Where(c => c.Value > 0), StringComparer.Ordinal);
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // Losing these counts is acceptable; refusing to start over them is not.
            logger.LogWarning(ex, "Search miss counts in {Path} are unreadable; starting again from none", path);
        }
        return days;
    }

    private static List<SearchMiss> Top(SortedDictionary<string, Dictionary<string, int>> days, int count) =>
        days.SelectMany(day => day.Value.Select(q => (Day: day.Key, Query: q.Key, Count: q.Value)))
            .GroupBy(x => x.Query, StringComparer.Ordinal)
            .Select(g => new SearchMiss(g.Key, g.Sum(x => x.Count), DateOnly.ParseExact(g.Select(x => x.Day).Max(StringComparer.Ordinal)!, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .OrderByDescending(m => m.Count).ThenByDescending(m => m.LastDay).ThenBy(m => m.Query, StringComparer.Ordinal)
            .Take(count)
            .ToList();

    /// <summary>The table <c>kb stats --searches</c> prints.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<SearchMiss> misses, string source)
    {
        if (misses.Count == 0)
        {
            output.WriteLine($"No searches without results recorded in {source}.");
            return;
        }
        output.WriteLine($"Searches that found nothing (top {misses.Count}, UTC days) from {source}:");
        output.WriteLine($"{"count",6}  {"last day",-10}  query");
        foreach (var miss in misses)
        {
            output.WriteLine($"{miss.Count,6}  {miss.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),-10}  {miss.Query}");
        }
    }
}

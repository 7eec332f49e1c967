using System.Diagnostics;
using System.Globalization;
using CyberDiplomacy.Core.Content;
using Microsoft.Extensions.Logging;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>
/// "Last updated" from git: front matter <c>updated</c> wins; else the date of the last commit that touched the file;
/// else (uncommitted edits, a shallow clone whose history is cut, or no git at all) the file's own time — and the
/// source says which, so pages can tell readers how the date was found.
/// </summary>
public sealed class GitDocumentDates(ContentSource source, ILogger<GitDocumentDates> logger) : IDocumentDates
{
    public const string FrontMatter = "front-matter";
    public const string Git = "git";
    public const string File = "file";
    public const string FileShallow = "file-shallow-clone";
    public const string FileUncommitted = "file-uncommitted";

    private readonly Lock _lock = new();
    private History? _history;
    private DateTime _checkedAt = DateTime.MinValue;

    private sealed record History(string Head, bool Shallow, string ContentPrefix, Dictionary<string, DateTime> LastCommit, HashSet<string> Dirty, DateTime ReadAt);

    public (DateTime Updated, string Source) Resolve(string relativePath, DateTime fileLastWriteUtc, DateTime? frontMatter)
    {
        if (frontMatter is { } date) return (date, FrontMatter);
        var history = Current();
        if (history is null) return (fileLastWriteUtc, File);
        if (history.Shallow) return (fileLastWriteUtc, FileShallow);
        var repoPath = history.ContentPrefix + relativePath;
        if (history.Dirty.Contains(repoPath) || !history.LastCommit.TryGetValue(repoPath, out var committed))
        {
            return (fileLastWriteUtc, FileUncommitted);
        }
        return (committed, Git);
    }

    private History? Current()
    {
        lock (_lock)
        {
            // git status is cheap; the full log is re-read only when HEAD moves.
            // Asked once per document: remember the answer (also "not a repository") for a second, not one git call each.
            if (DateTime.UtcNow - _checkedAt < TimeSpan.FromSeconds(1)) return _history;
            _checkedAt = DateTime.UtcNow;
            var head = Run("rev-parse", "HEAD")?.Trim();
            if (head is null)
            {
                _history = null;
                return null;
            }
            var prefix = Run("rev-parse", "--show-prefix")?.Trim() ?? "";
            var dirty = ReadDirty();
            if (_history is not null && _history.Head == head)
            {
                _history = _history with { Dirty = dirty, ReadAt = DateTime.UtcNow };
                return _history;
            }
            var shallow = Run("rev-parse", "--is-shallow-repository")?.Trim() == "true";
            var commits = shallow ? [] : ReadLastCommits();
            _history = new History(head, shallow, prefix, commits, dirty, DateTime.UtcNow);
            return _history;
        }
    }

    private Dictionary<string, DateTime> ReadLastCommits()
    {
        var result = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        var log = Run("log", "--format=%x1e%cI", "--name-only", "--no-renames", "--", ".");
        if (log is null) return result;
        foreach (var record in log.Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length < 2 || !DateTimeOffset.TryParse(lines[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
            foreach (var path in lines.Skip(1)) result.TryAdd(path, date.UtcDateTime);
        }
        return result;
    }

    private HashSet<string> ReadDirty()
    {
        var status = Run("status", "--porcelain", "--untracked-files=all", "--", ".") ?? "";
        return status.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Length > 3)
            .Select(line => line[3..].Trim().Trim('"'))
            .Select(path => path.Contains(" -> ", StringComparison.Ordinal) ? path[(path.IndexOf(" -> ", StringComparison.Ordinal) + 4)..] : path)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Runs git in the content folder; null when git is missing or the folder is not in a repository.</summary>
    private string? Run(params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = source.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("core.quotepath=off");
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                logger.LogWarning("git {Arguments} timed out; using file times", string.Join(' ', arguments));
                return null;
            }
            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}

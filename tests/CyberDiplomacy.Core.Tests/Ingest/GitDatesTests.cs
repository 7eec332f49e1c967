using System.Diagnostics;
using CyberDiplomacy.Core.Ingest;

namespace CyberDiplomacy.Core.Tests.Ingest;

/// <summary>"Last updated": front matter, else the last commit, else the file time with the reason (shallow clone, uncommitted).</summary>
public sealed class GitDatesTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public GitDatesTests()
    {
        _kb.Write("articles/a.md", "---\ntitle: A\nsummary: S\n---\nTeks.\n");
        _kb.Write("articles/b.md", "---\ntitle: B\nsummary: S\nupdated: 2025-01-15\n---\nTeks.\n");
        Git(_kb.Root, "init", "-q");
        Git(_kb.Root, "add", "content");
        Git(_kb.Root, "commit", "-q", "-m", "first");
    }

    [Fact]
    public async Task Dates_come_from_front_matter_then_git()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        var a = (await host.ReadAsync(r => r.GetArticleAsync("a")))!.Article;
        var b = (await host.ReadAsync(r => r.GetArticleAsync("b")))!.Article;
        Assert.Equal((new DateTime(2024, 3, 5, 10, 0, 0, DateTimeKind.Utc), GitDocumentDates.Git), (a.Updated!.Value, a.UpdatedSource));
        Assert.Equal((new DateTime(2025, 1, 15), GitDocumentDates.FrontMatter), (b.Updated!.Value, b.UpdatedSource));
    }

    [Fact]
    public async Task Uncommitted_edit_uses_the_file_time_and_says_so()
    {
        await using var host = await KnowledgeBaseHost.OpenAsync(_kb.Content, _kb.Data);
        await host.IngestAsync();
        _kb.Write("articles/a.md", "---\ntitle: A2\nsummary: S\n---\nTeks baru.\n");
        await Task.Delay(1100); // the git status snapshot is reused for one second
        await host.IngestAsync();
        var a = (await host.ReadAsync(r => r.GetArticleAsync("a")))!.Article;
        Assert.Equal(GitDocumentDates.FileUncommitted, a.UpdatedSource);
    }

    [Fact]
    public async Task Shallow_clone_falls_back_to_the_file_time_and_says_so()
    {
        Git(_kb.Root, "commit", "-q", "--allow-empty", "-m", "second");
        var clone = Path.Combine(_kb.Root, "clone");
        Git(_kb.Root, "clone", "-q", "--depth", "1", "file://" + _kb.Root, clone);
        await using var host = await KnowledgeBaseHost.OpenAsync(Path.Combine(clone, "content"), Path.Combine(clone, ".data"));
        await host.IngestAsync();
        var a = (await host.ReadAsync(r => r.GetArticleAsync("a")))!.Article;
        Assert.Equal(GitDocumentDates.FileShallow, a.UpdatedSource);
    }

    private static void Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = "2024-03-05T10:00:00Z";
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {process.StandardError.ReadToEnd()}");
    }

    public void Dispose() => _kb.Dispose();
}

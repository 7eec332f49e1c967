using System.Security.Cryptography;
using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;
using CyberDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// <c>KnowledgeBase:ReadOnlyData</c>: data baked the way <c>kb build</c> bakes it, made read-only, served without
/// writing a byte (no lock, journal or index file appears, nothing changes); and a loud failure when there is no data.
/// </summary>
public sealed class ReadOnlyDataTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cyberdiplomacy-readonly-").FullName;
    private string Content => Path.Combine(_root, "content");
    private string Data => Path.Combine(_root, "data");
    private static readonly Dictionary<string, string?> ReadOnly = new() { ["KnowledgeBase:ReadOnlyData"] = "true" };

    [Fact]
    public async Task Baked_data_on_a_read_only_folder_serves_pages_and_search_without_writing()
    {
        await BakeAsync();
        MakeReadOnly(Data);
        var before = Snapshot(Data);
        output.WriteLine($"data folder {Data}: {before.Count} files, read-only bits set; running as {(Environment.UserName == "root" ? "root, so the mode is not enforced and the snapshot is the proof" : Environment.UserName)}");

        var settings = new Dictionary<string, string?>(ReadOnly) { ["KnowledgeBase:ContentPath"] = Content };
        await using (var factory = new TempContentFactory(dataPath: Data, settings: settings))
        {
            using var client = factory.CreateClient();
            Assert.Equal("ready", (await client.GetJsonAsync("/readyz")).Text("status"));
            Assert.Equal("ok", (await client.GetJsonAsync("/healthz")).Text("status"));
            Assert.Equal("Diplomasi Siber", Markup.Heading(await client.GetHtmlAsync("/articles/diplomasi")));
            Assert.Contains("Badan Siber dan Sandi Negara", await client.GetHtmlAsync("/glossary/bssn"), StringComparison.Ordinal);
            Assert.Contains("/articles/insiden", Markup.MainContent(await client.GetHtmlAsync("/search?q=ransomware")), StringComparison.Ordinal);
            var search = await client.GetJsonAsync("/api/search?q=persandian");
            Assert.True(search.GetProperty("total").GetInt32() > 0, search.ToString());
            Assert.NotEmpty((await client.GetJsonAsync("/api/suggest?q=dipl")).EnumerateArray());
            // An edit to content/ is not picked up: the image is the unit of change.
            await File.WriteAllTextAsync(Path.Combine(Content, "articles/baru.md"), "---\ntitle: Baru\nsummary: Baru.\n---\nIsi.\n");
            await client.GetHtmlAsync("/articles/baru", System.Net.HttpStatusCode.NotFound);
        }

        Assert.Equal(before, Snapshot(Data));
    }

    [Fact]
    public async Task Read_only_start_without_data_fails_with_what_to_do()
    {
        Directory.CreateDirectory(Data);
        await using var factory = new TempContentFactory(SmallContent.Files, dataPath: Data, settings: ReadOnly);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        output.WriteLine(messages);
        Assert.Contains("kb build", messages, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Data));
    }

    /// <summary>What <c>kb build</c> does: open (migrate), ingest, seal.</summary>
    private async Task BakeAsync()
    {
        foreach (var (path, text) in SmallContent.Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Content, path))!);
            await File.WriteAllTextAsync(Path.Combine(Content, path), text);
        }
        TempContentFactory.CopyDirectory(Path.Combine(RepositoryPaths.FixtureContent, "search"), Path.Combine(Content, "search"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeBase:ContentPath"] = Content,
            ["KnowledgeBase:DataPath"] = Data,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddKnowledgeBaseCore(configuration, _root).BuildServiceProvider();
        var databases = services.GetRequiredService<IDbContextFactory<KnowledgeBaseDbContext>>();
        await KnowledgeBaseStore.OpenAsync(databases, services.GetRequiredService<KnowledgeBasePaths>(), NullLogger.Instance);
        var report = await services.GetRequiredService<Ingestor>().IngestAsync();
        Assert.Equal(0, report.Errors);
        await KnowledgeBaseStore.SealAsync(databases);
    }

    private static void MakeReadOnly(string folder)
    {
        if (OperatingSystem.IsWindows()) return;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Append(folder))
        {
            File.SetUnixFileMode(entry, File.GetUnixFileMode(entry) & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        }
    }

    private static List<string> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => File.Exists(path)
                ? $"{Path.GetRelativePath(folder, path)} {new FileInfo(path).Length} {File.GetLastWriteTimeUtc(path).Ticks} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))}"
                : $"{Path.GetRelativePath(folder, path)}/ {Directory.GetLastWriteTimeUtc(path).Ticks}")
            .ToList();

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten)) yield return inner;
            }
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!Directory.Exists(_root)) return;
        TempContentFactory.MakeWritable(_root);
        Directory.Delete(_root, recursive: true);
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CyberDiplomacy.Web.Tests.Infrastructure;

/// <summary>
/// The real app over a content folder made for one test: a few written files, or a copy of the fixture corpus
/// (tests/fixtures/content), with its own data folder and any settings on top. Both folders are deleted on dispose.
/// </summary>
public class TempContentFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public TempContentFactory(IEnumerable<KeyValuePair<string, string>>? files = null, bool copyFixtureContent = false,
        IDictionary<string, string?>? settings = null, string environment = "Production", string? dataPath = null, bool kestrel = false)
    {
        Root = Directory.CreateTempSubdirectory("cyberdiplomacy-temp-").FullName;
        ContentPath = Path.Combine(Root, "content");
        DataPath = dataPath ?? Path.Combine(Root, ".data");
        if (copyFixtureContent) CopyDirectory(RepositoryPaths.FixtureContent, ContentPath);
        Directory.CreateDirectory(Path.Combine(ContentPath, "articles"));
        foreach (var (path, text) in files ?? []) Write(path, text);
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        _environment = environment;
        if (kestrel) UseKestrel(0);
    }

    public string Root { get; }
    public string ContentPath { get; }
    public string DataPath { get; }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(ContentPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(ContentPath, relativePath));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        var settings = new Dictionary<string, string?>
        {
            ["KnowledgeBase:ContentPath"] = ContentPath,
            ["KnowledgeBase:DataPath"] = DataPath,
            ["KnowledgeBase:WatchContent"] = "false",
        };
        foreach (var (key, value) in _settings) settings[key] = value;
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
    }

    public static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !Directory.Exists(Root)) return;
        SqliteConnection.ClearAllPools();
        MakeWritable(Root);
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Undoes <c>chmod -R a-w</c> so the folder can be deleted.</summary>
    public static void MakeWritable(string folder)
    {
        if (OperatingSystem.IsWindows()) return;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Prepend(folder))
        {
            File.SetUnixFileMode(entry, File.GetUnixFileMode(entry) | UnixFileMode.UserWrite);
        }
    }
}

/// <summary>A handful of documents: enough for pages, search, feeds and the API, and quick to ingest.</summary>
public static class SmallContent
{
    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["glossary/bssn.md"] = "---\nterm: Badan Siber dan Sandi Negara\nen: National Cyber and Crypto Agency\nabbr: BSSN\n---\nLembaga yang menangani keamanan siber dan persandian negara.\n",
        ["glossary/norma.md"] = "---\nterm: Norma Siber\nen: Cyber Norms\n---\nAturan perilaku negara di ruang siber.\n",
        ["articles/diplomasi.md"] = "---\ntitle: Diplomasi Siber\nsummary: Apa itu diplomasi siber.\ntags: [diplomasi]\n---\n## Pengertian\n\nDiplomasi siber dijalankan BSSN bersama kementerian. Norma siber disepakati.\n",
        ["articles/insiden.md"] = "---\ntitle: Insiden Pusat Data\nsummary: Serangan terhadap pusat data.\ntags: [insiden]\n---\n## Kronologi\n\nSerangan ransomware terhadap pusat data nasional. Lihat [diplomasi](diplomasi.md).\n",
    };
}

namespace CyberDiplomacy.Core.Tests;

internal static class TestPaths
{
    /// <summary>
    /// The repository's real content/ folder: only for the content tests (Content/), which check what editors ship.
    /// Code tests use <see cref="FixtureContent"/>, so an editor's change never fails them.
    /// </summary>
    public static string RepositoryContent => FindAbove("content");

    /// <summary>The fixture corpus the code tests run on (tests/fixtures/content, shared with the Web and browser tests).</summary>
    public static string FixtureContent => FindAbove(Path.Combine("tests", "fixtures", "content"));

    private static string FindAbove(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(Path.Combine(candidate, "articles"))) return candidate;
        }
        throw new DirectoryNotFoundException($"{relative}/ not found above {AppContext.BaseDirectory}");
    }

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
}

/// <summary>A throw-away content folder (and data folder beside it) for one test.</summary>
internal sealed class TempKnowledgeBase : IDisposable
{
    public TempKnowledgeBase()
    {
        Root = Path.Combine(Path.GetTempPath(), "kb-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Content, "articles", "en"));
        Directory.CreateDirectory(Path.Combine(Content, "glossary"));
    }

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Data => Path.Combine(Root, ".data");

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Content, relativePath));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

namespace CyberDiplomacy.Core.Tests;

internal static class TestPaths
{
    /// <summary>The repository's real content/ folder.</summary>
    public static string RepositoryContent
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (Directory.Exists(Path.Combine(candidate, "articles"))) return candidate;
            }
            throw new DirectoryNotFoundException("content/ not found above " + AppContext.BaseDirectory);
        }
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

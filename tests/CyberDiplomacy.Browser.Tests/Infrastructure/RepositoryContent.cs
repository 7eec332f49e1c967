namespace CyberDiplomacy.Browser.Tests.Infrastructure;

/// <summary>The repository's real <c>content/</c> folder, found by walking up from the test binaries.</summary>
public static class RepositoryContent
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var content = Path.Combine(directory.FullName, "content");
            if (Directory.Exists(Path.Combine(content, "articles")))
            {
                return content;
            }
        }
        throw new DirectoryNotFoundException($"No content/articles folder above '{AppContext.BaseDirectory}'.");
    }
}

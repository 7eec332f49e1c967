namespace CyberDiplomacy.Web.Tests.Infrastructure;

/// <summary>Folders of the repository the tests read, found by walking up from the test binaries.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (it holds CyberDiplomacy.sln): deploy/, tests/tools/.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The fixture corpus the code tests run on (tests/fixtures/content; its README lists what each test relies on).
    /// Never the shipped content/: an editor's change there must not fail a code test.
    /// </summary>
    public static string FixtureContent { get; } = Path.Combine(Root, "tests", "fixtures", "content");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CyberDiplomacy.sln")) &&
                Directory.Exists(Path.Combine(directory.FullName, "tests", "fixtures", "content", "articles")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No repository root (CyberDiplomacy.sln with tests/fixtures/content) above '{AppContext.BaseDirectory}'.");
    }
}

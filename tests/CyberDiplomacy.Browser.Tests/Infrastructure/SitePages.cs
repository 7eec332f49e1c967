namespace CyberDiplomacy.Browser.Tests.Infrastructure;

/// <summary>One URL of each page type, with the status a reader gets.</summary>
public static class SitePages
{
    public const string NotFound = "/articles/tidak-ada";

    public static IReadOnlyList<string> Paths { get; } =
    [
        "/",
        "/articles",
        "/articles/diplomasi-siber",
        "/articles/cyber-diplomacy",
        "/glossary",
        "/glossary/bssn",
        "/tags/diplomasi",
        "/search?q=diplomasi",
        "/search?q=kapan+UU+27%2F2022+mengikat",
        "/offline",
        NotFound,
    ];

    public static TheoryData<string> EachType => [.. Paths];

    public static int StatusOf(string path) => path == NotFound ? 404 : 200;
}

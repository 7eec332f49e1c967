namespace CyberDiplomacy.Browser.Tests.Infrastructure;

/// <summary>One URL of each page type, with the status a reader gets.</summary>
public static class SitePages
{
    public const string NotFound = "/articles/tidak-ada";

    public static IReadOnlyList<string> Paths { get; } =
    [
        "/",
        "/topics",
        "/topics/dasar-dasar",
        "/articles",
        "/articles?view=az",
        "/articles/diplomasi-siber",
        "/articles/norma-perilaku-negara?path=mulai-di-sini",
        "/articles/cyber-diplomacy",
        "/glossary",
        "/glossary/bssn",
        "/tags/diplomasi",
        "/briefing?tag=norma",
        "/search?q=diplomasi",
        "/documents",
        "/documents/konvensi-pbb-kejahatan-siber",
        "/timeline",
        "/indonesia",
        "/search?q=kapan+UU+27%2F2022+mengikat",
        "/offline",
        NotFound,
    ];

    public static TheoryData<string> EachType => [.. Paths];

    public static int StatusOf(string path) => path == NotFound ? 404 : 200;
}

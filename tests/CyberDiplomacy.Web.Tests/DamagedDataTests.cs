using System.Net;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// The data folder is derived: whatever happens to it (a disk error, a copy cut short, random bytes), the site must
/// start, rebuild it from content without a person, and serve every article.
/// </summary>
public sealed class DamagedDataTests
{
    public static TheoryData<string> Damages() => ["index segments file", "index segment file", "database random bytes", "database truncated"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task The_site_starts_and_serves_every_article_after_its_data_is_damaged(string damage)
    {
        var data = Directory.CreateTempSubdirectory("cyberdiplomacy-damaged-").FullName;
        try
        {
            await using (var first = new TempContentFactory(SmallContent.Files, dataPath: data))
            {
                await first.CreateClient().GetHtmlAsync("/articles/insiden");
            }
            Damage(data, damage);

            await using var second = new TempContentFactory(SmallContent.Files, dataPath: data);
            var client = second.CreateClient();
            foreach (var article in SmallContent.Files.Keys.Where(k => k.StartsWith("articles/", StringComparison.Ordinal)))
            {
                var slug = Path.GetFileNameWithoutExtension(article);
                Assert.Contains("<h1", await client.GetHtmlAsync("/articles/" + slug), StringComparison.Ordinal);
            }
            using var search = await client.GetAsync(new Uri("/api/search?q=ransomware", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Contains("\"insiden\"", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static void Damage(string data, string damage)
    {
        var index = Path.Combine(data, "index");
        var database = Directory.GetFiles(data, "*.db").Single();
        switch (damage)
        {
            case "index segments file":
                Scramble(Directory.GetFiles(index, "segments_*").Single());
                break;
            case "index segment file":
                Scramble(Directory.GetFiles(index).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)
                    && Path.GetFileName(f) != "write.lock").OrderByDescending(f => new FileInfo(f).Length).First());
                break;
            case "database random bytes":
                Scramble(database);
                break;
            case "database truncated":
                using (var file = File.OpenWrite(database)) file.SetLength(file.Length / 2);
                break;
        }
    }

    private static void Scramble(string path)
    {
        var bytes = new byte[new FileInfo(path).Length];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
    }
}

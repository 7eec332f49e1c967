using System.CommandLine;
using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Cli;

internal static class StatsCommand
{
    public static Command Create()
    {
        var content = CliServices.ContentOption();
        var data = CliServices.DataOption();
        var searches = new Option<bool>("--searches") { Description = "Instead: the 50 most frequent searches that found nothing (query, count, last day), as the site counted them" };
        var command = new Command("stats", "Counts of articles, terms, links and tags in the data folder, the index size and the time of the last build.") { content, data, searches };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(content), parse.GetValue(data));
            var paths = services.GetRequiredService<KnowledgeBasePaths>();
            if (parse.GetValue(searches)) return SearchStats.Print(paths);
            if (!File.Exists(paths.DatabaseFile))
            {
                Console.Error.WriteLine($"error: no data in {paths.DataRoot}; run 'kb build' first");
                return 1;
            }
            await using var db = await services.GetRequiredService<IDbContextFactory<KnowledgeBaseDbContext>>().CreateDbContextAsync(cancellationToken);
            var stats = await new KnowledgeBaseReader(db).StatsAsync(cancellationToken);
            var indexBytes = Directory.Exists(paths.IndexFolder) ? new DirectoryInfo(paths.IndexFolder).EnumerateFiles().Sum(f => f.Length) : 0;
            Console.Out.WriteLine($"articles    {stats.Articles}");
            Console.Out.WriteLine($"terms       {stats.Terms}");
            Console.Out.WriteLine($"links       {stats.Links}");
            Console.Out.WriteLine($"tags        {stats.Tags}");
            Console.Out.WriteLine($"index       {indexBytes / 1024.0:F0} KiB in {paths.IndexFolder}");
            Console.Out.WriteLine($"database    {new FileInfo(paths.DatabaseFile).Length / 1024.0:F0} KiB in {paths.DatabaseFile}");
            Console.Out.WriteLine($"last build  {stats.LastBuild?.ToString("u") ?? "never"}");
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CyberDiplomacy.Cli;

/// <summary>The <c>kb</c> subcommands (DESIGN §4a).</summary>
internal static class KbCommands
{
    private static Option<string?> ContentOption() => new("--content") { Description = "Content folder (default: ./content, found walking up from here)" };
    private static Option<string?> DataOption() => new("--data") { Description = "Data folder for the SQLite file and the search index (default: .data beside the content folder)" };

    public static Command Check()
    {
        var content = ContentOption();
        var command = new Command("check", "Parse and validate every file, write nothing. Prints path:line:col: error|warning: message; exits 1 on any error.") { content };
        command.SetAction(parse =>
        {
            using var services = BuildServices(parse.GetValue(content), null, LogLevel.Warning);
            var result = new ContentChecker(services.GetRequiredService<ContentSource>(), services.GetRequiredService<ContentParser>()).Check();
            foreach (var diagnostic in result.Diagnostics) Console.Out.WriteLine(diagnostic);
            Console.Error.WriteLine($"{result.Files} files checked: {result.Errors} error(s), {result.Warnings} warning(s)");
            return result.Errors > 0 ? 1 : 0;
        });
        return command;
    }

    public static Command Build()
    {
        var content = ContentOption();
        var data = DataOption();
        var command = new Command("build", "Check, then ingest into the data folder (SQLite + index) incrementally. Exits 1 on errors, keeping the last good data.") { content, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = BuildServices(parse.GetValue(content), parse.GetValue(data), LogLevel.Warning);
            var paths = services.GetRequiredService<KnowledgeBasePaths>();
            await KnowledgeBaseStore.OpenAsync(services.GetRequiredService<IDbContextFactory<KnowledgeBaseDbContext>>(), paths,
                services.GetRequiredService<ILoggerFactory>().CreateLogger("kb"), cancellationToken);
            var ingestor = services.GetRequiredService<Ingestor>();
            var report = await BuildProgress.RunAsync(progress => ingestor.IngestAsync(progress, cancellationToken));
            foreach (var diagnostic in report.Diagnostics) Console.Out.WriteLine(diagnostic);
            Console.Error.WriteLine($"{report.Files} files: {report.Parsed} parsed, {report.Unchanged} unchanged, {report.Removed} removed, " +
                $"{report.Rejected} rejected; {report.Errors} error(s), {report.Warnings} warning(s); {report.Elapsed.TotalMilliseconds:F0} ms -> {paths.DataRoot}");
            return report.Errors > 0 ? 1 : 0;
        });
        return command;
    }

    private static ServiceProvider BuildServices(string? content, string? data, LogLevel logLevel)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{KnowledgeBaseOptions.SectionName}:{nameof(KnowledgeBaseOptions.ContentPath)}"] = content,
                [$"{KnowledgeBaseOptions.SectionName}:{nameof(KnowledgeBaseOptions.DataPath)}"] = data,
            }.Where(kv => kv.Value is not null))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel));
        services.AddKnowledgeBaseCore(configuration, Directory.GetCurrentDirectory());
        return services.BuildServiceProvider();
    }
}

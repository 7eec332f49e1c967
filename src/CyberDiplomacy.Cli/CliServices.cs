using System.CommandLine;
using CyberDiplomacy.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CyberDiplomacy.Cli;

/// <summary>Options shared by the subcommands and the Core services they run on (same configuration as the web app).</summary>
internal static class CliServices
{
    public static Option<string?> ContentOption() => new("--content") { Description = "Content folder (default: ./content, found walking up from the working folder)" };
    public static Option<string?> DataOption() => new("--data") { Description = "Data folder for the SQLite file and the search index (default: .data beside the content folder)" };

    public static ServiceProvider Build(string? content, string? data)
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
        // Quiet by default; Logging__LogLevel__Default=Debug shows the ingest's phase timings (as in the web app).
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddConfiguration(configuration.GetSection("Logging")));
        services.AddKnowledgeBaseCore(configuration, Directory.GetCurrentDirectory());
        return services.BuildServiceProvider();
    }
}

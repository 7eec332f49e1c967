using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown;
using CyberDiplomacy.Core.Content.Validation;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Core;

public static class KnowledgeBaseServices
{
    /// <summary>Registers the content pipeline, store, index and search shared by the web app and the CLI.</summary>
    public static IServiceCollection AddKnowledgeBaseCore(this IServiceCollection services, IConfiguration configuration, string workingDirectory)
    {
        services.AddOptions<KnowledgeBaseOptions>().Bind(configuration.GetSection(KnowledgeBaseOptions.SectionName));
        services.AddSingleton(sp => KnowledgeBasePaths.Resolve(sp.GetRequiredService<IOptions<KnowledgeBaseOptions>>().Value, workingDirectory));
        services.AddDbContextFactory<KnowledgeBaseDbContext>((sp, options) =>
            options.UseSqlite(KnowledgeBaseStore.ConnectionString(sp.GetRequiredService<KnowledgeBasePaths>(),
                    sp.GetRequiredService<IOptions<KnowledgeBaseOptions>>().Value.ReadOnlyData))
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                // The model compiled by `dotnet ef dbcontext optimize` (Store/CompiledModel): start-up skips building it
                // from the conventions; CompiledModelTests fail when an entity changes and it was not regenerated.
                .UseModel(Store.CompiledModel.KnowledgeBaseDbContextModel.Instance));
        services.AddSingleton(sp => new ContentSource(sp.GetRequiredService<KnowledgeBasePaths>().ContentRoot));
        services.AddSingleton(_ => new ContentParser(MarkdownPipelineFactory.Create(), ContentLimits.Default));
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SuggestionCatalog>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<RelatedDocuments>();
        services.AddSingleton<ContentProblems>();
        services.AddSingleton<IDocumentDates, GitDocumentDates>();
        services.AddSingleton<Ingestor>();
        services.AddScoped<WayfindingReader>();
        services.AddScoped<KnowledgeBaseReader>();
        services.AddScoped<Briefing.BriefingReader>();
        services.AddScoped<DocumentsReader>();
        return services;
    }
}

using CyberDiplomacy.Core.Store;
using CyberDiplomacy.Core.Store.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Core.Tests.Store;

/// <summary>
/// The site and <c>kb</c> read the store through the model compiled by <c>dotnet ef dbcontext optimize</c>
/// (Store/CompiledModel), not the one EF builds from <c>OnModelCreating</c>. When an entity changes and nobody
/// regenerates it, the two disagree and queries read the wrong columns: this test names what differs.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void The_compiled_model_matches_the_model_built_from_the_entities()
    {
        var options = new DbContextOptionsBuilder<KnowledgeBaseDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var context = new KnowledgeBaseDbContext(options);

        var built = Describe(context.Model);
        var compiled = Describe(KnowledgeBaseDbContextModel.Instance);

        Assert.NotEmpty(built);
        var missing = built.Except(compiled).ToList();
        var extra = compiled.Except(built).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "Regenerate it: dotnet ef dbcontext optimize --project src/CyberDiplomacy.Core --output-dir Store/CompiledModel "
            + "--namespace CyberDiplomacy.Core.Store.CompiledModel (then delete the generated assembly attribute file).\n"
            + "Only in the entities: " + string.Join("; ", missing) + "\nOnly in the compiled model: " + string.Join("; ", extra));
    }

    [Fact]
    public void The_application_uses_the_compiled_model()
    {
        using var services = new ServiceCollection()
            .AddKnowledgeBaseCore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["KnowledgeBase:ContentPath"] = TestPaths.FixtureContent,
                ["KnowledgeBase:DataPath"] = Path.Combine(Path.GetTempPath(), "cd-compiled-model-" + Guid.NewGuid().ToString("N")),
            }).Build(), Path.GetTempPath())
            .BuildServiceProvider();
        var factory = services.GetRequiredService<IDbContextFactory<KnowledgeBaseDbContext>>();
        using var context = factory.CreateDbContext();

        Assert.Same(KnowledgeBaseDbContextModel.Instance.GetType(), context.Model.GetType());
    }

    /// <summary>Everything a query or an insert depends on (indexes are DDL, which migrations own: the compiled model keeps only some), one line per fact, so a difference reads as a sentence.</summary>
    private static HashSet<string> Describe(IModel model)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            facts.Add($"{entity.Name} -> table {table}");
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName();
                var converter = property.GetValueConverter()?.ProviderClrType.Name ?? "none";
                facts.Add($"{entity.Name}.{property.Name}: {property.ClrType.Name} column {column} nullable {property.IsNullable} "
                    + $"max {property.GetMaxLength()} converter {converter}");
            }
            foreach (var key in entity.GetKeys())
                facts.Add($"{entity.Name} key ({string.Join(",", key.Properties.Select(p => p.Name))}) primary {key.IsPrimaryKey()}");
            foreach (var foreignKey in entity.GetForeignKeys())
                facts.Add($"{entity.Name} fk ({string.Join(",", foreignKey.Properties.Select(p => p.Name))}) -> {foreignKey.PrincipalEntityType.Name} delete {foreignKey.DeleteBehavior}");
        }
        return facts;
    }
}

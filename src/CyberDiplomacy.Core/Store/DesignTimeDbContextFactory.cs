using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CyberDiplomacy.Core.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<KnowledgeBaseDbContext>
{
    public KnowledgeBaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<KnowledgeBaseDbContext>().UseSqlite("Data Source=design.db").Options);
}

using CyberDiplomacy.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Core.Store;

public sealed class KnowledgeBaseDbContext(DbContextOptions<KnowledgeBaseDbContext> options) : DbContext(options)
{
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<GlossaryTerm> Terms => Set<GlossaryTerm>();
    public DbSet<PrimaryDocument> PrimaryDocuments => Set<PrimaryDocument>();
    public DbSet<StoredEvent> Events => Set<StoredEvent>();
    public DbSet<TermAlias> Aliases => Set<TermAlias>();
    public DbSet<DocumentTag> Tags => Set<DocumentTag>();
    public DbSet<DocumentSource> Sources => Set<DocumentSource>();
    public DbSet<StoredLink> Links => Set<StoredLink>();
    public DbSet<BuildState> BuildStates => Set<BuildState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredDocument>(document =>
        {
            document.ToTable("Documents");
            document.HasDiscriminator(d => d.Kind)
                .HasValue<Article>(DocumentKind.Article)
                .HasValue<GlossaryTerm>(DocumentKind.Term)
                .HasValue<PrimaryDocument>(DocumentKind.Document)
                .HasValue<Topic>(DocumentKind.Topic)
                .HasValue<ReadingPath>(DocumentKind.ReadingPath);
            document.Property(d => d.Kind).HasConversion(StoreConversions.KindConverter).HasMaxLength(16);
            document.HasIndex(d => new { d.Kind, d.Slug }).IsUnique();
            document.HasIndex(d => d.RelativePath).IsUnique();
            // Covers what an ingest reads of every document, so it never pages through the bodies stored beside them.
            document.HasIndex(d => new { d.RelativePath, d.Kind, d.Slug, d.ContentHash, d.FileLength, d.FileModifiedTicks, d.Updated, d.UpdatedSource, d.Lang, d.Title })
                .HasDatabaseName("IX_Documents_IngestState");
            document.Property(d => d.Headings).HasConversion(StoreConversions.JsonConverter<List<HeadingEntry>>(), StoreConversions.JsonComparer<List<HeadingEntry>>());
            document.HasMany(d => d.Tags).WithOne(t => t.Document).HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.HasMany(d => d.Sources).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.HasMany(d => d.Links).WithOne(l => l.Document).HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.HasMany(d => d.Events).WithOne(e => e.Document).HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.Ignore(d => d.Url);
        });
        modelBuilder.Entity<Article>().HasIndex(a => a.Translation).HasFilter("Translation IS NOT NULL");
        modelBuilder.Entity<GlossaryTerm>(term =>
        {
            term.Property(t => t.Related).HasConversion(StoreConversions.JsonConverter<List<string>>(), StoreConversions.JsonComparer<List<string>>());
            term.HasMany(t => t.Aliases).WithOne().HasForeignKey(a => a.TermId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PrimaryDocument>().HasIndex(d => d.Symbol).HasFilter("Symbol IS NOT NULL");
        // Topics and paths share the Members column (same meaning: the articles they name, with positions for kb check).
        modelBuilder.Entity<Topic>().Property(t => t.Members).HasColumnName("Members")
            .HasConversion(StoreConversions.JsonConverter<List<MemberRef>>(), StoreConversions.JsonComparer<List<MemberRef>>());
        modelBuilder.Entity<ReadingPath>().Property(p => p.Members).HasColumnName("Members")
            .HasConversion(StoreConversions.JsonConverter<List<MemberRef>>(), StoreConversions.JsonComparer<List<MemberRef>>());
        modelBuilder.Entity<ReadingPath>().Property(p => p.StepNotes)
            .HasConversion(StoreConversions.JsonConverter<List<string>>(), StoreConversions.JsonComparer<List<string>>());
        modelBuilder.Entity<StoredEvent>().ToTable("Events").HasIndex(e => e.SortDate);
        modelBuilder.Entity<DocumentTag>().HasIndex(t => t.Tag);
        modelBuilder.Entity<StoredLink>().HasIndex(l => new { l.TargetKind, l.TargetSlug });
        modelBuilder.Entity<StoredLink>().Property(l => l.TargetKind).HasConversion(StoreConversions.KindConverter).HasMaxLength(16);
        modelBuilder.Entity<BuildState>().HasKey(s => s.Key);
    }
}

using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>
/// Start-up checks: whether the data folder holds one consistent build (store and index at the same content version,
/// rendered and analysed by this version of the site), and if so, prepares the index's analysis rules to serve it.
/// </summary>
internal static class LastBuildLoader
{
    /// <summary>Null when the build can be served as it is; otherwise why an ingest must come first.</summary>
    public static async Task<string?> TryPrepareAsync(KnowledgeBaseDbContext db, SearchIndex index, string contentRoot, CancellationToken cancellationToken)
    {
        var state = await db.BuildStates.ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var contentVersion = state.GetValueOrDefault(BuildVersions.ContentVersion);
        if (contentVersion is null || contentVersion != index.CommittedContentVersion)
        {
            return $"the store (content {contentVersion ?? "none"}) and the search index (content {index.CommittedContentVersion ?? "none"}) were not built together";
        }
        if (state.GetValueOrDefault(BuildVersions.Rendering) != ContentParser.RenderingVersion) return "the data was rendered by another version of the site";
        var terms = await db.Terms.Include(t => t.Aliases).ToListAsync(cancellationToken);
        var rules = StemmingRules.Load(contentRoot, GlossaryEntry.SingleWords(terms.Select(GlossaryEntry.From)));
        if (rules.Fingerprint != index.CommittedSearchSchema) return $"the search rules in {contentRoot}/search differ from the ones the index was built with";
        index.UseRules(rules);
        return null;
    }
}

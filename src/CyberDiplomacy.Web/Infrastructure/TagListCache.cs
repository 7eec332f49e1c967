using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;

namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>
/// The tag list the search page shows beside its results, read once per content version: grouping every tag row on
/// every search cost more than the search itself.
/// </summary>
public sealed class TagListCache(SearchIndex index)
{
    private sealed record Entry(string Version, IReadOnlyList<TagCount> Tags);

    private volatile Entry? _entry;

    public async Task<IReadOnlyList<TagCount>> GetAsync(KnowledgeBaseReader reader, CancellationToken cancellationToken)
    {
        var current = index.ServedContentVersion;
        if (_entry is { } entry && entry.Version == current) return entry.Tags;
        var tags = await reader.TagsAsync(cancellationToken);
        _entry = new Entry(current, tags);
        return tags;
    }
}

using CyberDiplomacy.Core.Search;

namespace CyberDiplomacy.Web;

public static class SearchMissCounting
{
    /// <summary>
    /// Counts the site's searches that found nothing (<see cref="SearchMissLog"/>; the search service picks it up). One
    /// instance for the app: it writes its file a few seconds after a change and, disposed with the app, on shutdown.
    /// </summary>
    public static IServiceCollection AddSearchMissCounting(this IServiceCollection services) => services.AddSingleton<SearchMissLog>();
}

using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Search;

namespace CyberDiplomacy.Cli;

/// <summary><c>kb stats --searches</c>: what readers searched for without finding anything, from the site's count file.</summary>
internal static class SearchStats
{
    public static int Print(KnowledgeBasePaths paths)
    {
        var file = Path.Combine(paths.DataRoot, SearchMissLog.FileName);
        SearchMissLog.WriteTable(Console.Out, SearchMissLog.ReadTop(paths.DataRoot, 50), file);
        return 0;
    }
}

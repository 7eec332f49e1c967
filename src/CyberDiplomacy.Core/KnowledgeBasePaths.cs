namespace CyberDiplomacy.Core;

/// <summary>Absolute locations resolved once from <see cref="KnowledgeBaseOptions"/>.</summary>
public sealed record KnowledgeBasePaths(string ContentRoot, string DataRoot)
{
    public string DatabaseFile => Path.Combine(DataRoot, "knowledge-base.db");
    public string IndexFolder => Path.Combine(DataRoot, "index");

    public static KnowledgeBasePaths Resolve(KnowledgeBaseOptions options, string workingDirectory)
    {
        var content = string.IsNullOrWhiteSpace(options.ContentPath)
            ? FindContentFolder(workingDirectory)
            : Path.GetFullPath(options.ContentPath, workingDirectory);
        var data = string.IsNullOrWhiteSpace(options.DataPath)
            ? Path.Combine(Path.GetDirectoryName(content.TrimEnd(Path.DirectorySeparatorChar)) ?? content, ".data")
            : Path.GetFullPath(options.DataPath, workingDirectory);
        return new KnowledgeBasePaths(content, data);
    }

    private static string FindContentFolder(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (Directory.Exists(Path.Combine(candidate, "articles")) || Directory.Exists(Path.Combine(candidate, "glossary")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"No content/ folder with articles/ or glossary/ found from '{start}' upwards; set KnowledgeBase__ContentPath.");
    }
}

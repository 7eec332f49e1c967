using CyberDiplomacy.Core;

namespace CyberDiplomacy.Web.Infrastructure;

public static class EditLinks
{
    /// <summary>The "edit this page" URL from <c>EditUrlTemplate</c> (with <c>{path}</c> relative to content/), or null when none is set.</summary>
    public static string? For(KnowledgeBaseOptions options, string relativePath) =>
        string.IsNullOrWhiteSpace(options.EditUrlTemplate) ? null : options.EditUrlTemplate.Replace("{path}", relativePath, StringComparison.Ordinal);
}

namespace CyberDiplomacy.Core.Content.Validation;

/// <summary>Local images a document shows must exist beside it (remote ones are the browser's business).</summary>
public static class ImageRules
{
    public static IEnumerable<ContentDiagnostic> Missing(ContentDocument document, string contentRoot, string displayPath)
    {
        var folder = Path.GetDirectoryName(Path.Combine(contentRoot, document.RelativePath))!;
        foreach (var link in document.Links.Where(l => l.TargetKind is null && IsLocalImage(l.Url)))
        {
            if (!File.Exists(Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(link.Url.Split('#', '?')[0])))))
            {
                yield return ContentDiagnostic.Report(DiagnosticRules.MissingImage, displayPath, link.Line, link.Column, $"image '{link.Url}' does not exist");
            }
        }
    }

    private static bool IsLocalImage(string url) =>
        !url.Contains(':') && !url.StartsWith('/') && !url.StartsWith('#')
        && Path.GetExtension(url.Split('#', '?')[0]).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".gif" or ".svg" or ".webp";
}

using System.Globalization;

namespace CyberDiplomacy.Core.Content.Validation;

/// <summary>The rules for single front matter fields: required text, language, tags and dates.</summary>
public static class FrontMatterRules
{
    public static void Require(string? value, string key, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.RequiredField, path, FrontMatterReader.LineOf(block, key), 1, $"front matter: '{key}' is required"));
        }
    }

    public static void CheckLang(string lang, string expected, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        var line = FrontMatterReader.LineOf(block, "lang");
        if (lang is not ("id" or "en"))
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.Language, path, line, 1, $"front matter: unknown lang '{lang}' (use id or en)"));
        }
        else if (lang != expected)
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.Language, path, line, 1,
                $"front matter: lang '{lang}' does not match the folder (articles/en/ holds English, articles/ Indonesian)"));
        }
    }

    /// <summary>The tags, trimmed and without repeats; a tag that is not a slug is reported.</summary>
    public static List<string> ReadTags(List<string> tags, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        foreach (var tag in tags.Where(t => !SiteUrls.IsValidSlug(t.Trim())))
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.InvalidTag, path, FrontMatterReader.LineOf(block, "tags"), 1,
                $"front matter: tag '{tag}' must be lowercase a-z, 0-9 and hyphens"));
        }
        return tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
    }

    /// <summary>A <c>YYYY-MM-DD</c> date field; null when absent or unreadable (then reported).</summary>
    public static DateOnly? ReadDate(string? value, string key, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.InvalidDate, path, FrontMatterReader.LineOf(block, key), 1,
            $"front matter: {key} '{value}' is not a date (YYYY-MM-DD)"));
        return null;
    }

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

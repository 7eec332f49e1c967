using System.Globalization;

namespace CyberDiplomacy.Core.Briefing;

/// <summary>The words of a pack in the reader's language (the web app's resources), for what Core writes: the EPUB.</summary>
public sealed record BriefingLabels(
    CultureInfo Culture,
    string Title,
    string Compiled,
    string Contents,
    string Articles,
    string Documents,
    string Glossary,
    string Sources,
    string Symbol,
    string IssuedBy,
    string Adopted,
    string InForce,
    string OfficialText,
    string CitedIn,
    string English,
    string Abbreviation,
    string PrimarySource,
    string BackToCitation,
    string? Omitted);

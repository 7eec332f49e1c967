namespace CyberDiplomacy.Core.Content.Validation;

/// <summary>A rule of <c>kb check</c>: its stable code, whether it stops a file from being published, and what it checks.</summary>
public sealed record DiagnosticRule(string Code, DiagnosticSeverity Severity, string Checks);

/// <summary>
/// Every rule <c>kb check</c> and the build apply, with its code. Codes are stable: editors and CI filter on them, and
/// docs/content-format.md lists them. Add new rules at the end; never reuse a retired code.
/// </summary>
public static class DiagnosticRules
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    // One file, before its front matter is read.
    public static readonly DiagnosticRule InvalidSlug = new("KB001", Error, "the file name is a valid slug (lowercase a-z, 0-9, single hyphens)");
    public static readonly DiagnosticRule TooLarge = new("KB002", Error, "the file stays within the size, line length and nesting limits");
    public static readonly DiagnosticRule MissingFrontMatter = new("KB003", Error, "the file starts with a front matter block between '---' lines");
    public static readonly DiagnosticRule FrontMatterSyntax = new("KB004", Error, "the front matter is valid YAML with known keys of the right shape");
    public static readonly DiagnosticRule RequiredField = new("KB005", Error, "required fields are present (title and summary; term and en)");
    public static readonly DiagnosticRule Language = new("KB006", Error, "lang is id or en and matches the folder");
    public static readonly DiagnosticRule InvalidTag = new("KB007", Error, "tags are lowercase a-z, 0-9 and hyphens");
    public static readonly DiagnosticRule InvalidDate = new("KB008", Error, "dates (updated, reviewed) are YYYY-MM-DD");
    public static readonly DiagnosticRule InvalidSource = new("KB009", Error, "each source has a title, an http(s) URL if any, a unique id and a readable date");
    public static readonly DiagnosticRule EmptyBody = new("KB010", Error, "the body is not empty");
    public static readonly DiagnosticRule MissingDefinition = new("KB011", Error, "a glossary term's body starts with its short definition paragraph");
    public static readonly DiagnosticRule TitleHeading = new("KB012", Warning, "the body has no level-1 heading (the title is the page's h1)");
    public static readonly DiagnosticRule HeadingSkip = new("KB013", Warning, "headings do not skip a level");
    public static readonly DiagnosticRule UnsafeLink = new("KB014", Error, "links use http, https, mailto or relative URLs");
    public static readonly DiagnosticRule MissingImage = new("KB015", Error, "local images exist");
    public static readonly DiagnosticRule MarkdownTooDeep = new("KB016", Error, "Markdown is not nested beyond what the parser accepts");
    public static readonly DiagnosticRule Unparsable = new("KB017", Error, "the file can be parsed at all");

    // Across files.
    public static readonly DiagnosticRule DuplicateSlug = new("KB018", Error, "slugs are unique per kind, across languages");
    public static readonly DiagnosticRule DanglingLink = new("KB019", Error, "links to other documents resolve");
    public static readonly DiagnosticRule UnknownRelated = new("KB020", Error, "related terms exist");
    public static readonly DiagnosticRule BrokenTranslation = new("KB021", Error, "a translation exists and is in the other language");
    public static readonly DiagnosticRule OneWayTranslation = new("KB022", Warning, "a translation points back");
    public static readonly DiagnosticRule DuplicateTermName = new("KB023", Error, "a term name or alias belongs to one term only");

    // Citations, review and timeline.
    public static readonly DiagnosticRule UnknownCitation = new("KB024", Error, "every citation [@id] names a source of the file");
    public static readonly DiagnosticRule UncitedSource = new("KB025", Warning, "every source is cited in the text");
    public static readonly DiagnosticRule UncitedFact = new("KB026", Warning, "a paragraph or table with a date or number cites a source");
    public static readonly DiagnosticRule StaleReview = new("KB027", Warning, "the facts were reviewed within the last twelve months");
    public static readonly DiagnosticRule InvalidEvent = new("KB028", Error, "each event has a date, a title, a known track and a source");
    public static readonly DiagnosticRule UnknownAnchor = new("KB029", Warning, "an event's anchor is a heading of the file");

    // Terminology.
    public static readonly DiagnosticRule AvoidedSpelling = new("KB030", Warning, "an Indonesian article does not use a spelling a glossary term lists under avoid");
    public static readonly DiagnosticRule CaseMismatch = new("KB031", Warning, "an Indonesian article writes a case: exact term with exactly its capitals");

    // Primary documents (KB030 and KB031 are the terminology rules).
    public static readonly DiagnosticRule InvalidInstrument = new("KB032", Error,
        "a primary document has a known kind and track, a body, an adoption date, an http(s) official URL, and a known Indonesia status with its source");
    public static readonly DiagnosticRule DuplicateSymbol = new("KB033", Error, "a document symbol belongs to one document only");

    // Topics and reading paths (KB034–KB039 are kept for search tuning).
    public static readonly DiagnosticRule ArticleWithoutTopic = new("KB040", Error, "once topics exist, every Indonesian article belongs to one");
    public static readonly DiagnosticRule UnknownMember = new("KB041", Error, "a topic or reading path names only Indonesian articles that exist");
    public static readonly DiagnosticRule ArticleInTwoTopics = new("KB042", Error, "an article belongs to one topic only");
    public static readonly DiagnosticRule EmptyWayfinding = new("KB043", Error, "a topic lists articles and a reading path lists steps"); 

    // Search tuning (content/search/synonyms.txt).
    public static readonly DiagnosticRule SynonymRuleUnreadable = new("KB034", Error,
        "each line of search/synonyms.txt is a rule: at most one '=>', words on both sides and between commas, no mappings that undo each other");
    public static readonly DiagnosticRule SynonymRuleIdle = new("KB035", Warning,
        "each line of search/synonyms.txt changes something: more than one entry, not a word mapped to itself or a repeat, and words the content uses");

    public static IReadOnlyList<DiagnosticRule> All { get; } =
    [
        InvalidSlug, TooLarge, MissingFrontMatter, FrontMatterSyntax, RequiredField, Language, InvalidTag, InvalidDate, InvalidSource,
        EmptyBody, MissingDefinition, TitleHeading, HeadingSkip, UnsafeLink, MissingImage, MarkdownTooDeep, Unparsable,
        DuplicateSlug, DanglingLink, UnknownRelated, BrokenTranslation, OneWayTranslation, DuplicateTermName,
        UnknownCitation, UncitedSource, UncitedFact, StaleReview, InvalidEvent, UnknownAnchor,
        AvoidedSpelling, CaseMismatch, InvalidInstrument, DuplicateSymbol,
        ArticleWithoutTopic, UnknownMember, ArticleInTwoTopics, EmptyWayfinding,
        SynonymRuleUnreadable, SynonymRuleIdle,
    ];
}

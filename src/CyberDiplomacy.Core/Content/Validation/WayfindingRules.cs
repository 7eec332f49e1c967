namespace CyberDiplomacy.Core.Content.Validation;

/// <summary>The articles a topic or reading path lists: slugs with the positions that diagnostics point at.</summary>
public static class WayfindingRules
{
    public static List<MemberRef> Members(List<string> slugs, string key, FrontMatterReader.Block block, string path, List<ContentDiagnostic> diagnostics)
    {
        var members = new List<MemberRef>();
        for (var index = 0; index < slugs.Count; index++)
        {
            var (line, column) = FrontMatterReader.PositionOfItem(block, key, index);
            members.Add(new MemberRef(slugs[index].Trim(), line, column));
        }
        if (members.Count == 0)
        {
            diagnostics.Add(ContentDiagnostic.Report(DiagnosticRules.EmptyWayfinding, path, FrontMatterReader.LineOf(block, key), 1,
                $"front matter: '{key}' lists nothing; name the articles by their slugs, in reading order"));
        }
        return members;
    }

    /// <summary>
    /// Once any topic exists: every Indonesian article belongs to exactly one topic, and topics and paths name only
    /// Indonesian articles that exist (English articles follow their translation's topic).
    /// </summary>
    public static IEnumerable<ContentDiagnostic> Check(IReadOnlyCollection<DocumentOutline> documents, Func<string, string> displayPath)
    {
        var articles = documents.Where(d => d.Kind == DocumentKind.Article && d.Lang == "id").ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var topics = documents.Where(d => d.Kind == DocumentKind.Topic).OrderBy(d => d.RelativePath, StringComparer.Ordinal).ToList();
        var topicOf = new Dictionary<string, DocumentOutline>(StringComparer.Ordinal);
        foreach (var owner in topics.Concat(documents.Where(d => d.Kind == DocumentKind.ReadingPath).OrderBy(d => d.RelativePath, StringComparer.Ordinal)))
        {
            foreach (var member in owner.Members)
            {
                if (!articles.ContainsKey(member.Slug))
                {
                    yield return ContentDiagnostic.Report(DiagnosticRules.UnknownMember, displayPath(owner.RelativePath), member.Line, member.Column,
                        $"'{member.Slug}' is not an Indonesian article (write the slug of a file in articles/)");
                }
                else if (owner.Kind == DocumentKind.Topic && !topicOf.TryAdd(member.Slug, owner) && topicOf[member.Slug] != owner)
                {
                    yield return ContentDiagnostic.Report(DiagnosticRules.ArticleInTwoTopics, displayPath(owner.RelativePath), member.Line, member.Column,
                        $"article '{member.Slug}' is already in topic {topicOf[member.Slug].RelativePath}; an article belongs to one topic");
                }
            }
        }
        if (topics.Count == 0) yield break;
        foreach (var article in articles.Values.Where(a => !topicOf.ContainsKey(a.Slug)).OrderBy(a => a.RelativePath, StringComparer.Ordinal))
        {
            yield return ContentDiagnostic.Report(DiagnosticRules.ArticleWithoutTopic, displayPath(article.RelativePath), article.LineOf("title"), 1,
                $"article '{article.Slug}' belongs to no topic: add it to the 'articles' of one file in topics/");
        }
    }
}

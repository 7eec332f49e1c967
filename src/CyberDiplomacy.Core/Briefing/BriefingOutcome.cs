namespace CyberDiplomacy.Core.Briefing;

public enum BriefingProblem
{
    None,
    /// <summary>No tag, article or document was named.</summary>
    NothingChosen,
    /// <summary>More named articles than <see cref="BriefingSelection.MaxArticles"/>.</summary>
    TooManyArticles,
    /// <summary>A named tag, article or document does not exist (see <see cref="BriefingOutcome.Missing"/>).</summary>
    NotFound,
}

/// <summary>Something the reader named that the knowledge base does not have.</summary>
/// <param name="Kind"><c>tag</c>, <c>article</c> or <c>document</c>.</param>
public sealed record MissingItem(string Kind, string Slug);

/// <summary>A pack, or why there is none.</summary>
public sealed record BriefingOutcome(BriefingPack? Pack, BriefingProblem Problem, IReadOnlyList<MissingItem> Missing)
{
    public static BriefingOutcome Of(BriefingPack pack) => new(pack, BriefingProblem.None, []);
    public static BriefingOutcome Refused(BriefingProblem problem, IReadOnlyList<MissingItem>? missing = null) => new(null, problem, missing ?? []);
}

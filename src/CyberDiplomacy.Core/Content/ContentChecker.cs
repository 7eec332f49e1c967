using CyberDiplomacy.Core.Content.Validation;

namespace CyberDiplomacy.Core.Content;

/// <summary>Parses and validates the whole content folder without writing anything (<c>kb check</c>).</summary>
public sealed class ContentChecker(ContentSource source, ContentParser parser)
{
    public sealed record Result(int Files, IReadOnlyList<ContentDiagnostic> Diagnostics)
    {
        public int Errors => Diagnostics.Count(d => d.IsError);
        public int Warnings => Diagnostics.Count(d => !d.IsError);
    }

    public Result Check()
    {
        var (files, validated) = new ContentPipeline(parser, source).CheckAll();
        return new Result(files, validated.Diagnostics);
    }
}

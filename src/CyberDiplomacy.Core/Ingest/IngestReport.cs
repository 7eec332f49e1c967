using CyberDiplomacy.Core.Content.Validation;

namespace CyberDiplomacy.Core.Ingest;

public sealed record IngestReport(
    int Files,
    int Parsed,
    int Unchanged,
    int Removed,
    int Rejected,
    bool FullRebuild,
    string ContentVersion,
    TimeSpan Elapsed,
    IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

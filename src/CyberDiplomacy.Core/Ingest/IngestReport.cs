using CyberDiplomacy.Core.Content;

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

/// <summary>Progress of an ingest: <see cref="Done"/> of <see cref="Total"/> files parsed.</summary>
public sealed record IngestProgress(string Stage, int Done, int Total);

using CyberDiplomacy.Core.Content.Validation;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>The diagnostics of the latest ingest, for the editors' status page.</summary>
public sealed class ContentProblems
{
    private volatile IReadOnlyList<ContentDiagnostic> _current = [];

    public IReadOnlyList<ContentDiagnostic> Current => _current;

    public DateTime? LastIngestUtc { get; private set; }

    public void Replace(IReadOnlyList<ContentDiagnostic> diagnostics)
    {
        _current = diagnostics;
        LastIngestUtc = DateTime.UtcNow;
    }
}

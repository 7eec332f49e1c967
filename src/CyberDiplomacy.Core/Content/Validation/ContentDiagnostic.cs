namespace CyberDiplomacy.Core.Content.Validation;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One problem in one file, printed as <c>path:line:col: error: message [KB019]</c> (1-based line and column). The
/// code names the rule (<see cref="DiagnosticRules"/>); callers decide by it, never by the message text.
/// </summary>
public sealed record ContentDiagnostic(string Path, int Line, int Column, DiagnosticRule Rule, string Message)
{
    public DiagnosticSeverity Severity => Rule.Severity;
    public string Code => Rule.Code;
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static ContentDiagnostic Report(DiagnosticRule rule, string path, int line, int column, string message) =>
        new(path, Math.Max(1, line), Math.Max(1, column), rule, message);

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")}: {Message} [{Code}]";

    /// <summary>The one order diagnostics are shown in, by <c>kb check</c>, the build and the status page.</summary>
    public static List<ContentDiagnostic> Sort(IEnumerable<ContentDiagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
}

namespace CyberDiplomacy.Core.Content;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>One problem in one file, printed as <c>path:line:col: error: message</c> (1-based line and column).</summary>
public sealed record ContentDiagnostic(string Path, int Line, int Column, DiagnosticSeverity Severity, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static ContentDiagnostic Error(string path, int line, int column, string message) =>
        new(path, Math.Max(1, line), Math.Max(1, column), DiagnosticSeverity.Error, message);

    public static ContentDiagnostic Warning(string path, int line, int column, string message) =>
        new(path, Math.Max(1, line), Math.Max(1, column), DiagnosticSeverity.Warning, message);

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")}: {Message}";
}

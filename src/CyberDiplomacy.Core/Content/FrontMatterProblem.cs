namespace CyberDiplomacy.Core.Content;

/// <summary>
/// One front matter mistake: a 1-based line and column inside the YAML block, and what an editor reads: what is wrong
/// and what to write instead, never the YAML library's own words.
/// </summary>
internal sealed record FrontMatterProblem(long Line, long Column, string Message)
{
    /// <summary><paramref name="text"/> as a double-quoted YAML value an editor can paste; long text is shortened with "…".</summary>
    public static string Quoted(string text)
    {
        text = text.Trim();
        if (text.Length > 50) text = text[..40].TrimEnd() + "…";
        return "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A value quoted in a sentence: <c>'diplomasi'</c>, shortened when long.</summary>
    public static string Mention(string text) => "'" + (text.Length > 50 ? text[..40].TrimEnd() + "…" : text) + "'";
}

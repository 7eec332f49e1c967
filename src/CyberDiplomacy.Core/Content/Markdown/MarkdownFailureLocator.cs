namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>
/// Finds the line at which Markdig gives up on a file. Its nesting limit throws without a position, so the file is
/// cut after ever fewer or more lines (a binary search) until one more line makes the difference.
/// </summary>
public static class MarkdownFailureLocator
{
    /// <param name="text">The whole file, which <paramref name="fails"/> is known to reject.</param>
    /// <param name="goodLines">How many leading lines are known to be fine (the front matter).</param>
    /// <param name="fails">Parses and renders a prefix of the file; true when that throws.</param>
    /// <returns>The 1-based line whose addition makes the file fail.</returns>
    public static int Locate(string text, int goodLines, Func<string, bool> fails)
    {
        var lineEnds = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) lineEnds.Add(i + 1);
        if (lineEnds.Count == 0 || lineEnds[^1] < text.Length) lineEnds.Add(text.Length);
        var good = Math.Clamp(goodLines, 0, lineEnds.Count - 1);
        var bad = lineEnds.Count;
        while (bad - good > 1)
        {
            var middle = good + (bad - good) / 2;
            if (fails(text[..lineEnds[middle - 1]])) bad = middle;
            else good = middle;
        }
        return bad;
    }
}

using System.Text;

namespace CyberDiplomacy.Core.Content.Terminology;

/// <summary>
/// A unified diff (<c>diff -u</c>, as <c>git apply</c> and <c>patch -p1</c> read it) of a text whose lines were edited
/// in place: the rewrites of <see cref="TerminologyFixer"/> never add or remove a line, so line i before is line i after.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string before, string after)
    {
        var old = Lines(before);
        var @new = Lines(after);
        if (old.Count != @new.Count) throw new ArgumentException("the texts must have the same number of lines", nameof(after));
        var changed = Enumerable.Range(0, old.Count).Where(i => old[i] != @new[i]).ToList();
        if (changed.Count == 0) return "";

        var diff = new StringBuilder();
        diff.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var first = 0;
        while (first < changed.Count)
        {
            // A hunk runs while the next change is close enough for the contexts to touch.
            var last = first;
            while (last + 1 < changed.Count && changed[last + 1] - changed[last] <= 2 * Context) last++;
            var start = Math.Max(0, changed[first] - Context);
            var end = Math.Min(old.Count - 1, changed[last] + Context);
            var length = end - start + 1;
            diff.Append("@@ -").Append(Range(start, length)).Append(" +").Append(Range(start, length)).Append(" @@\n");
            for (var i = start; i <= end;)
            {
                if (old[i] == @new[i])
                {
                    AppendLine(diff, ' ', old[i]);
                    i++;
                    continue;
                }
                var run = i;
                while (run <= end && old[run] != @new[run]) run++;
                for (var k = i; k < run; k++) AppendLine(diff, '-', old[k]);
                for (var k = i; k < run; k++) AppendLine(diff, '+', @new[k]);
                i = run;
            }
            first = last + 1;
        }
        return diff.ToString();
    }

    private static string Range(int start, int length) => length == 1 ? (start + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : FormattableString.Invariant($"{start + 1},{length}");

    private static void AppendLine(StringBuilder diff, char marker, Line line)
    {
        diff.Append(marker).Append(line.Text).Append('\n');
        if (!line.Terminated) diff.Append("\\ No newline at end of file\n");
    }

    private readonly record struct Line(string Text, bool Terminated);

    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(new Line(text[start..i], true));
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new Line(text[start..], false));
        return lines;
    }
}

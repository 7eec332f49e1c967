using CyberDiplomacy.Core.Ingest;

namespace CyberDiplomacy.Cli;

/// <summary>Shows ingest progress: an updating line on a terminal, occasional plain lines when output is redirected (CI).</summary>
internal static class BuildProgress
{
    public static async Task<IngestReport> RunAsync(Func<IProgress<IngestProgress>, Task<IngestReport>> run)
    {
        var interactive = !Console.IsErrorRedirected;
        var lastPercent = -1;
        var progress = new Progress<IngestProgress>(p =>
        {
            var percent = p.Total == 0 ? 100 : p.Done * 100 / p.Total;
            if (interactive)
            {
                var bar = new string('#', percent / 5).PadRight(20, '.');
                Console.Error.Write($"\r[{bar}] {percent,3}% {p.Stage} {p.Done}/{p.Total}   ");
            }
            else if (percent / 25 != lastPercent / 25)
            {
                Console.Error.WriteLine($"{p.Stage}: {p.Done}/{p.Total} ({percent}%)");
            }
            lastPercent = percent;
        });
        var report = await run(progress);
        if (interactive && lastPercent >= 0) Console.Error.WriteLine();
        return report;
    }
}

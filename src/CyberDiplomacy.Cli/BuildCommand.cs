using CyberDiplomacy.Core.Content;
using System.CommandLine;
using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Ingest;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace CyberDiplomacy.Cli;

internal static class BuildCommand
{
    public static Command Create()
    {
        var content = CliServices.ContentOption();
        var data = CliServices.DataOption();
        var mergeIndex = new Option<bool>("--merge-index")
        {
            Description = "Then merge the search index into one segment, for data served as it is (an image with ReadOnlyData): " +
                "searches read it faster; the merge takes seconds at thousands of articles. A running site merges on its own.",
        };
        var command = new Command("build",
            "Check, then ingest into the data folder (SQLite + search index). Incremental: only changed files are parsed. " +
            "Exits 1 on errors; files with errors are skipped and their last good version is kept.") { content, data, mergeIndex };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(content), parse.GetValue(data));
            var paths = services.GetRequiredService<KnowledgeBasePaths>();
            await KnowledgeBaseStore.OpenAsync(services.GetRequiredService<IDbContextFactory<KnowledgeBaseDbContext>>(), paths,
                services.GetRequiredService<ILoggerFactory>().CreateLogger("kb"), cancellationToken);
            var ingestor = services.GetRequiredService<Ingestor>();
            var report = await RunWithProgressAsync(progress => ingestor.IngestAsync(progress, cancellationToken: cancellationToken));
            if (parse.GetValue(mergeIndex)) await ingestor.CompactIndexAsync(cancellationToken);
            // One self-contained database file beside the index: what an image bakes and serves with ReadOnlyData.
            await KnowledgeBaseStore.SealAsync(services.GetRequiredService<IDbContextFactory<KnowledgeBaseDbContext>>(), cancellationToken);
            foreach (var diagnostic in report.Diagnostics) Console.Out.WriteLine(diagnostic);
            Console.Error.WriteLine($"{report.Files} files: {report.Parsed} parsed, {report.Unchanged} unchanged, {report.Removed} removed, " +
                $"{report.Rejected} rejected; {report.Errors} error(s), {report.Warnings} warning(s); {report.Elapsed.TotalMilliseconds:F0} ms -> {paths.DataRoot}");
            return report.Errors > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>A progress bar on a terminal; a few plain lines when output is redirected (CI logs).</summary>
    private static async Task<IngestReport> RunWithProgressAsync(Func<IProgress<ParseProgress>, Task<IngestReport>> run)
    {
        if (Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await run(new PlainProgress());
        }
        IngestReport? report = null;
        await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            .Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingest", maxValue: 1);
                report = await run(new SynchronousProgress(p =>
                {
                    task.Description = p.Stage;
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
                task.Value = task.MaxValue;
            });
        return report!;
    }

    private sealed class PlainProgress : IProgress<ParseProgress>
    {
        private readonly Lock _lock = new();
        private int _lastQuarter = -1;

        public void Report(ParseProgress value)
        {
            var quarter = value.Total == 0 ? 4 : value.Done * 4 / value.Total;
            lock (_lock)
            {
                if (quarter <= _lastQuarter) return;
                _lastQuarter = quarter;
            }
            Console.Error.WriteLine($"parsed {value.Done}/{value.Total} ({quarter * 25}%)");
        }
    }

    private sealed class SynchronousProgress(Action<ParseProgress> report) : IProgress<ParseProgress>
    {
        private readonly Lock _lock = new();

        public void Report(ParseProgress value)
        {
            lock (_lock) report(value);
        }
    }
}

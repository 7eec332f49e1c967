using System.CommandLine;
using System.Text;
using System.Text.Json;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Terminology;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Cli;

internal static class CheckCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var content = CliServices.ContentOption();
        var format = new Option<string>("--format") { Description = "Output format: text (path:line:col: severity: message) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var fix = new Option<bool>("--fix")
        {
            Description = "Rewrite avoided spellings and mis-capitalised terms (KB030, KB031): print a unified diff on standard output, " +
                "apply it, then check again and print what is left on standard error",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: only print the diff, change nothing" };
        var command = new Command("check",
            "Parse and validate every file and write nothing. Each problem is printed as path:line:col: error|warning: message " +
            "(paths relative to the content folder's parent). Exits 1 when there is any error.") { content, format, fix, dryRun };
        command.Validators.Add(result =>
        {
            if (result.GetValue(dryRun) && !result.GetValue(fix)) result.AddError("--dry-run only goes with --fix");
        });
        command.SetAction(parse =>
        {
            using var services = CliServices.Build(parse.GetValue(content), null);
            var (source, parser) = (services.GetRequiredService<ContentSource>(), services.GetRequiredService<ContentParser>());
            // With --fix, standard output carries only the diff, so that it can be piped to 'git apply' or saved.
            var report = parse.GetValue(fix) ? Console.Error : Console.Out;
            if (parse.GetValue(fix)) Fix(source, parser, apply: !parse.GetValue(dryRun));
            var result = new ContentChecker(source, parser).Check();
            if (parse.GetValue(format) == "json")
            {
                report.WriteLine(JsonSerializer.Serialize(new
                {
                    files = result.Files,
                    errors = result.Errors,
                    warnings = result.Warnings,
                    problems = result.Diagnostics.Select(d => new { path = d.Path, line = d.Line, column = d.Column, severity = d.IsError ? "error" : "warning", message = d.Message }),
                }, Indented));
            }
            else
            {
                foreach (var diagnostic in result.Diagnostics) report.WriteLine(diagnostic);
                Console.Error.WriteLine($"{result.Files} files checked: {result.Errors} error(s), {result.Warnings} warning(s)");
            }
            return result.Errors > 0 ? 1 : 0;
        });
        return command;
    }

    private static void Fix(ContentSource source, ContentParser parser, bool apply)
    {
        var fixes = TerminologyFixer.Plan(source, parser);
        foreach (var fix in fixes.Where(f => f.Changes))
        {
            Console.Out.Write(fix.Diff);
            if (apply) File.WriteAllText(fix.File.FullPath, fix.FixedText, EncodingOf(fix.File.FullPath));
        }
        var rewritten = fixes.Sum(f => f.Rewritten.Count);
        var files = fixes.Count(f => f.Changes);
        var byHand = fixes.Sum(f => f.LeftForEditor.Count);
        Console.Error.WriteLine($"{(apply ? "rewrote" : "would rewrite")} {rewritten} spelling(s) in {files} file(s)" +
            (byHand > 0 ? $"; {byHand} left to fix by hand (across a line break or markup, or a changed first sound): see the warnings" : ""));
    }

    // Keep a byte order mark where the editor's file had one.
    private static UTF8Encoding EncodingOf(string path)
    {
        Span<byte> start = stackalloc byte[3];
        using var stream = File.OpenRead(path);
        var read = stream.Read(start);
        return new UTF8Encoding(read == 3 && start.SequenceEqual(Encoding.UTF8.Preamble));
    }
}

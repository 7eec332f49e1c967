using System.CommandLine;
using System.Text.Json;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Ingest;
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
        var command = new Command("check",
            "Parse and validate every file and write nothing. Each problem is printed as path:line:col: error|warning: message " +
            "(paths relative to the content folder's parent). Exits 1 when there is any error.") { content, format };
        command.SetAction(parse =>
        {
            using var services = CliServices.Build(parse.GetValue(content), null);
            var result = new ContentChecker(services.GetRequiredService<ContentSource>(), services.GetRequiredService<ContentParser>()).Check();
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    files = result.Files,
                    errors = result.Errors,
                    warnings = result.Warnings,
                    problems = result.Diagnostics.Select(d => new { path = d.Path, line = d.Line, column = d.Column, severity = d.IsError ? "error" : "warning", message = d.Message }),
                }, Indented));
            }
            else
            {
                foreach (var diagnostic in result.Diagnostics) Console.Out.WriteLine(diagnostic);
                Console.Error.WriteLine($"{result.Files} files checked: {result.Errors} error(s), {result.Warnings} warning(s)");
            }
            return result.Errors > 0 ? 1 : 0;
        });
        return command;
    }
}

using System.CommandLine;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Export;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Cli;

/// <summary><c>kb export</c>: the glossary as CSV, TBX or JSON, byte for byte what the site serves, straight from the content.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "csv (spreadsheets), tbx (TBX-Basic, for translation tools) or json (as /api/glossary)", Required = true };
        format.AcceptOnlyFromAmong([.. GlossaryFormat.All.Select(f => f.Name)]);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write (default: standard output)" };
        var content = CliServices.ContentOption();
        var command = new Command("export",
            "Write the glossary (the terms kb check accepts) as /glossary.csv, /glossary.tbx or /api/glossary serve it. " +
            "Reads the content folder; needs no build. Exits 1 when a term file has errors (it is left out).") { format, output, content };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Build(parse.GetValue(content), null);
            var chosen = GlossaryFormat.Find(parse.GetValue(format)!)!;
            var (terms, termErrors) = GlossaryExport.FromContent(services.GetRequiredService<ContentSource>(), services.GetRequiredService<ContentParser>());
            var bytes = chosen.Write(terms);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, bytes, cancellationToken);
                Console.Error.WriteLine($"{terms.Count} terms written to {file.FullName}");
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(bytes, cancellationToken);
            }
            // A term with errors is missing from the file: say so, and fail, so CI does not publish a short list quietly.
            foreach (var error in termErrors) Console.Error.WriteLine(error);
            return termErrors.Count > 0 ? 1 : 0;
        });
        return command;
    }
}

using System.Diagnostics;
using System.Reflection;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// <c>kb new document SLUG [--title T]</c>, run as an editor runs it (the built kb.dll): the file it writes passes
/// <c>kb check</c> with nothing to report, and a slug a document already uses is refused.
/// </summary>
public sealed class KbNewDocumentTests : IDisposable
{
    private readonly string _content = Directory.CreateTempSubdirectory("cyberdiplomacy-kb-new-").FullName;

    [Fact]
    public void Scaffolds_a_document_that_passes_kb_check()
    {
        var (exit, output) = Kb("new", "document", "resolusi-contoh", "--title", "Resolusi \"Contoh\" 1/2026", "--content", _content);

        Assert.True(exit == 0, output);
        Assert.Contains("documents/resolusi-contoh.md", output, StringComparison.Ordinal);
        var result = new ContentChecker(new ContentSource(_content), new ContentParser()).Check();
        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, result.Files);
        var relative = "documents/resolusi-contoh.md";
        var document = new ContentParser().Parse(relative, relative, File.ReadAllText(Path.Combine(_content, relative))).Document!;
        Assert.Equal((DocumentKind.Document, "Resolusi \"Contoh\" 1/2026"), (document.Kind, document.Title));
        Assert.Equal(("report", "pbb", DateTime.UtcNow.Year), (document.Instrument!.Kind, document.Instrument.Track, document.Instrument.Adopted.Year));
        Assert.Null(document.Instrument.Indonesia); // nothing unconfirmed is filled in for the editor
    }

    [Fact]
    public void Refuses_a_slug_a_document_already_uses_but_not_one_only_an_article_uses()
    {
        Assert.Equal(0, Kb("new", "article", "gge-2015", "--content", _content).Exit);

        Assert.Equal(0, Kb("new", "document", "gge-2015", "--content", _content).Exit);
        var (exit, output) = Kb("new", "document", "gge-2015", "--content", _content);

        Assert.Equal(2, exit);
        Assert.Contains("already uses the slug 'gge-2015'", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output) Kb(params string[] arguments)
    {
        var kb = Path.Combine(RepositoryPaths.Root, "src", "CyberDiplomacy.Cli", "bin", Configuration, "net10.0", "kb.dll");
        Assert.True(File.Exists(kb), $"{kb} is missing: build the solution first");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(kb);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string Configuration =>
        typeof(KbNewDocumentTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    public void Dispose() => Directory.Delete(_content, recursive: true);
}

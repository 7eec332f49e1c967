using System.Diagnostics;
using CyberDiplomacy.Browser.Tests.Infrastructure;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>
/// A briefing pack printed to PDF by Chromium, as a reader's "Save as PDF" does: several pages, the cover first,
/// numbered pages after it, and links printed as their URLs. The PDF is read back with poppler's pdftotext and pdfinfo
/// (installed by tests/run.sh). With <c>BROWSER_SCREENSHOTS</c> set to a folder, the PDF is saved there to look at.
/// </summary>
public sealed class BriefingPrintTests(SiteFixture site) : BrowserTest(site)
{
    private static readonly string? OutputFolder = Environment.GetEnvironmentVariable("BROWSER_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;

    [Fact]
    public async Task A_tag_pack_prints_to_a_numbered_pdf_with_its_cover_first()
    {
        var page = await OpenAsync("/briefing?tag=norma");
        var folder = Directory.CreateTempSubdirectory("cyberdiplomacy-pdf-").FullName;
        try
        {
            var pdf = Path.Combine(folder, "briefing-norma.pdf");
            // The stylesheet's @page size and margins, and its margin boxes (the page numbers), as a reader's print dialog uses them.
            var bytes = await page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));

            var pages = int.Parse(Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(),
                System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(pages > 3, $"{pages} page(s)");
            var cover = Run("pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-");
            Assert.Contains("Paket Briefing: norma", cover);
            Assert.DoesNotContain("Cetak / simpan PDF", cover, StringComparison.Ordinal); // controls are not printed
            var second = Run("pdftotext", "-f", "2", "-l", "2", "-layout", pdf, "-");
            Assert.Contains($"2 / {pages}", second);
            // A source's link printed with its URL (broken across lines where it is long, so compared without white space).
            var text = string.Concat(Run("pdftotext", pdf, "-").Where(c => !char.IsWhiteSpace(c)));
            Assert.Contains("(https://undocs.org/A/70/174)", text);

            if (OutputFolder is not null)
            {
                Directory.CreateDirectory(OutputFolder);
                File.Copy(pdf, Path.Combine(OutputFolder, "briefing-norma.pdf"), overwrite: true);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{program} is missing: apt-get install poppler-utils (tests/run.sh does)");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}");
            return output.Result;
        }
    }
}

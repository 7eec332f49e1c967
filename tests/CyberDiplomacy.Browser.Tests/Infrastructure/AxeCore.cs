using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace CyberDiplomacy.Browser.Tests.Infrastructure;

/// <summary>
/// axe-core, installed with npm beside the test binaries the first time it is needed (so a fresh CI machine needs
/// only node and npm), and run inside a page.
/// </summary>
public static class AxeCore
{
    // Pinned: a new axe release can add rules, and a build should not go red without a change here.
    private const string Version = "4.14.1";
    private const string Package = "axe-core@" + Version;

    private static readonly Lazy<Task<string>> Script = new(LoadAsync);

    /// <summary>Runs axe on the page and returns the violations of at least serious impact, one readable line per failing node.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = await Script.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n => `${v.impact} ${v.id}: ${v.help} at ${n.target.join(' ')} — ${(n.failureSummary || '').replace(/\s+/g, ' ')}`));
            }
            """);
        return [.. violations.EnumerateArray().Select(v => v.GetString() ?? "")];
    }

    private static async Task<string> LoadAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "axe-core-" + Version);
        var file = Path.Combine(folder, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(file))
        {
            await NpmInstallAsync(folder);
        }
        return await File.ReadAllTextAsync(file);
    }

    private static async Task NpmInstallAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[] { "install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--prefix", folder, Package })
        {
            start.ArgumentList.Add(argument);
        }
        using var npm = StartNpm(start);
        var stdout = npm.StandardOutput.ReadToEndAsync();
        var stderr = npm.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await npm.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw new TimeoutException($"'npm install {Package}' did not finish within 2 minutes.");
        }
        var output = await stdout + await stderr;
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"'npm install {Package}' failed with exit code {npm.ExitCode}:\n{output}");
        }
    }

    private static Process StartNpm(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("The accessibility tests install axe-core with npm; install node and npm (tests/run.sh does).", e);
        }
    }
}

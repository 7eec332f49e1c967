using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace CyberDiplomacy.Web.Tests.Infrastructure;

/// <summary>
/// The site started the way the README says, <c>dotnet run --project src/CyberDiplomacy.Web</c>, so its launch
/// profile applies; over a small content folder of its own. The process tree is killed and the folder deleted on dispose.
/// </summary>
public sealed class DotnetRunProcess : IAsyncDisposable
{
    // Anything that chooses an address, inherited from the machine or CI, would hide what the launch profile does.
    private static readonly string[] AddressVariables =
        ["ASPNETCORE_URLS", "DOTNET_URLS", "URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTP_PORTS", "DOTNET_HTTPS_PORTS"];

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _root = Directory.CreateTempSubdirectory("cyberdiplomacy-dotnet-run-").FullName;

    public DotnetRunProcess(IReadOnlyDictionary<string, string> environment)
    {
        foreach (var (path, text) in SmallContent.Files)
        {
            var file = Path.Combine(_root, "content", path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        var repository = RepositoryPaths.Root;
        // --no-build with the configuration these tests were built in: the build is done, and a second one (Debug, by
        // default) would take longer than the test. The launch profile is read either way.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repository,
            ArgumentList = { "run", "--project", Path.Combine("src", "CyberDiplomacy.Web"), "-c", BuildConfiguration, "--no-build" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in AddressVariables) start.Environment.Remove(name);
        start.Environment["KnowledgeBase__ContentPath"] = Path.Combine(_root, "content");
        start.Environment["KnowledgeBase__DataPath"] = Path.Combine(_root, ".data");
        start.Environment["KnowledgeBase__WatchContent"] = "false";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private static string BuildConfiguration =>
        typeof(DotnetRunProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    /// <summary>Everything the process printed so far, standard output and error interleaved.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Waits until the output contains <paramref name="text"/>, the process exits, or <paramref name="patience"/> runs out.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan patience)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || stopwatch.Elapsed > patience) return Output.Contains(text, StringComparison.Ordinal);
            await Task.Delay(100);
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // dotnet run starts the app as a child process: end the whole tree.
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        finally
        {
            _process.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_root, recursive: true);
        }
    }
}

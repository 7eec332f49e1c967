using System.Globalization;
using BenchmarkDotNet.Running;
using CyberDiplomacy.Benchmarks.Corpus;
using CyberDiplomacy.Benchmarks.Tools;

namespace CyberDiplomacy.Benchmarks;

/// <summary>
/// <c>generate --articles N --terms M --seed S --out DIR</c>: a synthetic corpus (ours and Hugo's);
/// <c>bench [BenchmarkDotNet arguments]</c>: the microbenchmarks; <c>latency --url URL --queries FILE</c>: search latency.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "generate":
                var options = Options(args[1..]);
                var corpus = new CorpusOptions(Int(options, "articles", 2000), Int(options, "terms", 300), Int(options, "seed", 42),
                    Path.GetFullPath(options.GetValueOrDefault("out") ?? "corpus"));
                CorpusGenerator.Generate(corpus);
                Console.WriteLine($"{corpus.Articles} articles, {corpus.Terms} terms (seed {corpus.Seed}) -> {corpus.OutputFolder}");
                return 0;
            case "bench":
                BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args[1..]);
                return 0;
            case "latency":
                return await LatencyProbe.RunAsync(Options(args[1..]));
            default:
                await Console.Error.WriteLineAsync("usage: generate --articles N --terms M --seed S --out DIR | bench [--filter *] | latency --url URL --queries FILE [--rounds N]");
                return 2;
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"expected an option, got '{args[i]}'");
            options[args[i][2..]] = args[i + 1];
        }
        return options;
    }

    private static int Int(Dictionary<string, string> options, string key, int fallback) =>
        options.TryGetValue(key, out var value) ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
}

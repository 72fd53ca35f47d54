using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SstpGen.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/SstpGen.Benchmarks -- sizes`: how much C# each input generates, per
/// file and per message, split into doc comments and code — the numbers behind "keep the emitted code compact".
/// It also prints a rough warm median time per run, for quick comparisons (the README's times come from BenchmarkDotNet),
/// and with --compile, what compiling the generated code costs. SSTPGEN_DUMP=folder writes the generated files there.
/// </summary>
internal static class OutputSizeReport
{
    public static void Run(string[] arguments)
    {
        bool compile = arguments.Contains("--compile");
        string? dump = Environment.GetEnvironmentVariable("SSTPGEN_DUMP");
        string[] inputs = arguments.Where(a => a != "--compile").ToArray();
        var all = new Dictionary<string, Func<IReadOnlyList<TableText>>>
        {
            ["sstpsvc"] = () => [BenchmarkTables.Sstpsvc],
            ["2k"] = () => [BenchmarkTables.Rows(2_000)],
            ["largest"] = () => [BenchmarkTables.LargestCorpusFile()],
            ["corpus"] = BenchmarkTables.Corpus,
            ["10k"] = () => [BenchmarkTables.Rows(10_000)],
            ["100k"] = () => [BenchmarkTables.Rows(100_000)],
            ["message100kb"] = () => [BenchmarkTables.SingleMessage(100 * 1024)],
            ["message1mb"] = () => [BenchmarkTables.SingleMessage(1024 * 1024)],
        };
        Compilation compilation = GeneratorRuns.Consumer();
        foreach (string input in inputs.Length > 0 ? inputs : ["sstpsvc", "2k", "largest", "corpus"])
        {
            IReadOnlyList<TableText> tables = all[input]();
            GeneratorDriver driver = GeneratorRuns.SstpGen(tables);
            GeneratorDriver ran = driver.RunGenerators(compilation);
            GeneratorRuns.EnsureNoErrors(ran, input);
            int messages = tables.Sum(t => t.Content.Split('\n').Count(l => l.StartsWith("0x", StringComparison.Ordinal)));
            Console.WriteLine($"{input}: {tables.Count} table(s), {messages:N0} message rows");
            var byFile = new SortedDictionary<string, (long Doc, long Code)>(StringComparer.Ordinal);
            foreach (GeneratedSourceResult source in ran.GetRunResult().Results.SelectMany(r => r.GeneratedSources))
            {
                string kind = source.HintName.Split('.').Reverse().Skip(2).First();
                (long doc, long code) = byFile.TryGetValue(kind, out var sum) ? sum : (0, 0);
                foreach (var line in source.SourceText.Lines)
                {
                    string text = line.ToString();
                    if (text.TrimStart().StartsWith("///", StringComparison.Ordinal)) doc += text.Length + 1;
                    else code += text.Length + 1;
                }

                byFile[kind] = (doc, code);
                if (dump is not null)
                {
                    System.IO.Directory.CreateDirectory(dump);
                    System.IO.File.WriteAllText(System.IO.Path.Combine(dump, input + "." + source.HintName), source.SourceText.ToString());
                }
            }

            foreach (var (file, (doc, code)) in byFile)
            {
                Console.WriteLine($"  {file,-20} doc {doc,12:N0}  code {code,12:N0}  per message {(doc + code) / (double)messages,8:N0}");
            }

            long total = byFile.Values.Sum(v => v.Doc + v.Code);
            Console.WriteLine($"  total {total:N0} chars, {total / (double)messages:N0} per message");
            int runs = messages > 50_000 ? 3 : 15;
            var times = new List<double>();
            for (int i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                driver.RunGenerators(compilation);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"  rough warm run: median {times[runs / 2]:N2} ms over {runs} runs");
            if (compile)
            {
                var watch = Stopwatch.StartNew();
                ran.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
                int problems = output.GetDiagnostics().Count(d => d.Severity >= DiagnosticSeverity.Warning);
                using var process = Process.GetCurrentProcess();
                Console.WriteLine($"  compiled: {problems} errors or warnings, {watch.Elapsed.TotalSeconds:N1} s, peak working set {process.PeakWorkingSet64 / 1e9:N1} GB");
            }
        }
    }
}

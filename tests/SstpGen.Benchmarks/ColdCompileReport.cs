using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SstpGen.Benchmarks;

/// <summary>
/// <c>-- cold-compile [runs] [--lists folder]</c> (default 5 runs): what a user's build pays, measured with the SDK's own
/// <c>csc</c>. Three consumers of the same strings, a console app with no generator, with ResxSourceGenerator over a
/// .resx (<c>EmitFormatMethods</c>), and with SstpGen over messages.md, each compiled:
/// <list type="bullet">
/// <item>cold: <c>csc</c> run directly as a new process (no compiler server: what every CI build and the first build
/// after the server starts pay), <c>runs</c> times. It prints the methods the JIT compiled in the process
/// (<c>DOTNET_JitStdOutFile</c> with <c>DOTNET_JitDisasmSummary=1</c>: a deterministic count), the generator's time as
/// <c>csc /reportanalyzer</c> reports it (median, min–max), and the wall time's median as a ratio to the consumer
/// without a generator. Two more rows compile each generator's output as plain sources, with no generator: how much
/// of the count is compiling the output, and how much running the generator;</item>
/// <item>warm: the same three through one compiler server (<c>csc -shared</c>), after warm-up rounds, <c>runs</c> rounds
/// in turn: what every build after the first pays.</item>
/// </list>
/// <c>--lists folder</c> keeps each consumer's list of JIT-compiled methods there, to compare two commits.
/// </summary>
internal static class ColdCompileReport
{
    private const int WarmUpRounds = 20;

    public static void Run(string[] args)
    {
        int runs = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        int listsAt = Array.IndexOf(args, "--lists");
        string? lists = listsAt >= 0 ? Path.GetFullPath(args[listsAt + 1]) : null;
        string dotnet = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        string csc = Directory.GetFiles(Path.Combine(dotnet, "sdk"), "csc.dll", SearchOption.AllDirectories).Where(p => p.Contains("bincore", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal).Last();
        string references = Directory.GetDirectories(Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref")).OrderBy(p => p, StringComparer.Ordinal).Last();
        string[] referenceFiles = Directory.GetFiles(Path.Combine(references, "ref", "net10.0"), "*.dll");
        string folder = Directory.CreateTempSubdirectory("sstp-cold-").FullName;
        var compiler = new Compiler(dotnet, csc, folder);
        try
        {
            TableText table = BenchmarkTables.Sstpsvc;
            File.WriteAllText(Path.Combine(folder, "messages.md"), table.Content);
            File.WriteAllText(Path.Combine(folder, "Strings.resx"), table.ToResx());
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(\"cold\");\n");
            string languages = Path.Combine(folder, "languages");
            Directory.CreateDirectory(languages);
            File.WriteAllText(Path.Combine(languages, "messages.md"), table.Content);
            File.WriteAllText(Path.Combine(languages, "messages.de-DE.md"), Tagged(table.Content, "[de] "));
            File.WriteAllText(Path.Combine(languages, "messages.fr-FR.md"), Tagged(table.Content, "[fr] "));
            string cultureApi = Path.Combine(folder, "culture-api");
            Directory.CreateDirectory(cultureApi);
            File.WriteAllText(Path.Combine(cultureApi, "messages.md"), table.Content);
            File.WriteAllText(Path.Combine(folder, "sstpgen.globalconfig"), $"is_global = true\nbuild_property.RootNamespace = Consumer\n\n[{Path.Combine(folder, "messages.md")}]\nbuild_metadata.AdditionalFiles.SstpMessageTable = true\n\n[{Path.Combine(languages, "messages.md")}]\nbuild_metadata.AdditionalFiles.SstpMessageTable = true\n"
                + $"\n[{Path.Combine(cultureApi, "messages.md")}]\nbuild_metadata.AdditionalFiles.SstpMessageTable = true\nbuild_metadata.AdditionalFiles.CultureApi = true\n");
            File.WriteAllText(Path.Combine(folder, "resx.globalconfig"), $"is_global = true\nbuild_property.RootNamespace = Consumer\n\n[{Path.Combine(folder, "Strings.resx")}]\nbuild_metadata.AdditionalFiles.EmitFormatMethods = true\nbuild_metadata.AdditionalFiles.ClassName = Consumer.Strings\n");

            string common = "/noconfig /nostdlib+ /nologo /target:exe /langversion:latest /nullable:enable /deterministic /optimize+ /reportanalyzer "
                + string.Join(" ", referenceFiles.Select(r => $"/reference:\"{r}\"")) + $" \"{Path.Combine(folder, "Program.cs")}\"";
            string here = AppContext.BaseDirectory;
            var consumers = new List<Consumer>
            {
                new("no generator", common, null),
                new("ResxSourceGenerator", common + $" /analyzer:\"{Path.Combine(here, "Microsoft.CodeAnalysis.ResxSourceGenerator.dll")}\" /analyzer:\"{Path.Combine(here, "Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.dll")}\" /additionalfile:\"{Path.Combine(folder, "Strings.resx")}\" /analyzerconfig:\"{Path.Combine(folder, "resx.globalconfig")}\"", "Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.CSharpResxGenerator"),
                new("SstpGen", common + $" /analyzer:\"{Path.Combine(here, "SstpGen.dll")}\" /additionalfile:\"{Path.Combine(folder, "messages.md")}\" /analyzerconfig:\"{Path.Combine(folder, "sstpgen.globalconfig")}\"", "SstpGen.SstpGenerator"),
                new("SstpGen, 1 language, CultureApi", common + $" /analyzer:\"{Path.Combine(here, "SstpGen.dll")}\" /additionalfile:\"{Path.Combine(cultureApi, "messages.md")}\" /analyzerconfig:\"{Path.Combine(folder, "sstpgen.globalconfig")}\"", "SstpGen.SstpGenerator"),
                new("SstpGen, 3 languages", common + $" /analyzer:\"{Path.Combine(here, "SstpGen.dll")}\" " + string.Join(" ", Directory.GetFiles(languages).Order(StringComparer.Ordinal).Select(f => $"/additionalfile:\"{f}\"")) + $" /analyzerconfig:\"{Path.Combine(folder, "sstpgen.globalconfig")}\"", "SstpGen.SstpGenerator"),
            };

            // Each generator's output as plain sources of the consumer without a generator.
            foreach (Consumer generated in consumers.Where(c => c.Generator is not null).ToList())
            {
                string output = Path.Combine(folder, generated.FileName + "-output");
                Directory.CreateDirectory(output);
                compiler.Run(generated.Arguments + $" /generatedfilesout:\"{output}\"", generated.FileName, shared: false);
                string sources = string.Join(" ", Directory.GetFiles(output, "*.cs", SearchOption.AllDirectories).Select(f => $"\"{f}\""));
                consumers.Add(new Consumer(generated.Name + " output, no generator", common + " " + sources, null));
            }

            foreach (Consumer consumer in consumers)
            {
                for (int run = 0; run < runs; run++)
                {
                    Compilation compiled = compiler.Run(consumer.Arguments, consumer.FileName, shared: false, countJit: true);
                    consumer.Cold.Add(compiled);
                }

                if (lists is not null)
                {
                    Directory.CreateDirectory(lists);
                    File.WriteAllLines(Path.Combine(lists, consumer.FileName + ".txt"), consumer.Cold[0].JitCompiled.OrderBy(m => m, StringComparer.Ordinal));
                }
            }

            for (int round = 0; round < WarmUpRounds + runs; round++)
            {
                foreach (Consumer consumer in consumers)
                {
                    Compilation compiled = compiler.Run(consumer.Arguments, consumer.FileName, shared: true);
                    if (round >= WarmUpRounds)
                    {
                        consumer.Warm.Add(compiled);
                    }
                }
            }

            Print(runs, csc, consumers);
        }
        finally
        {
            compiler.ShutDownServer();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The table with <paramref name="tag"/> before every message text: a satellite of as many distinct texts, with the same inserts.</summary>
    private static string Tagged(string table, string tag) =>
        Regex.Replace(table, "^(0x[0-9a-f]{8} \\| )", "$1" + tag.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.Multiline);

    private static void Print(int runs, string csc, List<Consumer> consumers)
    {
        Consumer baseline = consumers[0];
        int baseJit = baseline.Cold[0].JitCompiled.Count;
        Console.WriteLine($"A console app on sstpsvc's strings, compiled by {csc}");
        Console.WriteLine();
        Console.WriteLine($"Cold: csc as a new process, no compiler server, {runs} runs each");
        Console.WriteLine($"{"consumer",-40} {"JIT-compiled methods",22} {"generator time (median, min–max)",34} {"wall (median)",14} {"ratio",6}");
        foreach (Consumer consumer in consumers)
        {
            int jitted = consumer.Cold[0].JitCompiled.Count;
            string added = consumer == baseline ? string.Empty : $" (+{jitted - baseJit:N0})";
            Console.WriteLine($"{consumer.Name,-40} {jitted.ToString("N0", CultureInfo.InvariantCulture) + added,22} {GeneratorTimes(consumer.Cold, consumer),34} {Median(consumer.Cold.Select(c => c.Wall)),12:N3} s {Median(consumer.Cold.Select(c => c.Wall)) / Median(baseline.Cold.Select(c => c.Wall)),6:N2}");
        }

        Console.WriteLine();
        Console.WriteLine($"Warm: csc through one compiler server (csc -shared), after {WarmUpRounds} rounds, {runs} rounds of the three in turn");
        Console.WriteLine($"{"consumer",-40} {"generator time (median, min–max)",34} {"wall (median)",14} {"ratio",6}");
        foreach (Consumer consumer in consumers)
        {
            Console.WriteLine($"{consumer.Name,-40} {GeneratorTimes(consumer.Warm, consumer),34} {Median(consumer.Warm.Select(c => c.Wall)),12:N3} s {Median(consumer.Warm.Select(c => c.Wall)) / Median(baseline.Warm.Select(c => c.Wall)),6:N2}");
        }
    }

    private static string GeneratorTimes(List<Compilation> compilations, Consumer consumer)
    {
        List<double> times = compilations.Where(c => c.GeneratorTime is not null).Select(c => c.GeneratorTime!.Value).ToList();
        return consumer.Generator is null || times.Count == 0 ? "–" : $"{Median(times):N3} s ({times.Min():N3}–{times.Max():N3})";
    }

    private static double Median(IEnumerable<double> values)
    {
        List<double> sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }

    private sealed class Consumer(string name, string arguments, string? generator)
    {
        public string Name { get; } = name;

        public string Arguments { get; } = arguments;

        /// <summary>The generator's type name, as <c>/reportanalyzer</c> lists it; null for a consumer without one.</summary>
        public string? Generator { get; } = generator;

        public string FileName { get; } = Regex.Replace(name, "[^A-Za-z0-9]+", "-");

        public List<Compilation> Cold { get; } = [];

        public List<Compilation> Warm { get; } = [];
    }

    private sealed record Compilation(double Wall, double? GeneratorTime, List<string> JitCompiled);

    /// <summary>Runs <c>csc</c> with a response file, alone or through this report's own compiler server.</summary>
    private sealed class Compiler(string dotnet, string csc, string folder)
    {
        private readonly string _pipe = "sstpgen-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

        public Compilation Run(string arguments, string name, bool shared, bool countJit = false)
        {
            string rsp = Path.Combine(folder, name + ".rsp");
            File.WriteAllText(rsp, arguments + $" /out:\"{Path.Combine(folder, name + ".dll")}\"");
            string jitFile = Path.Combine(folder, "jit.txt");
            File.Delete(jitFile);
            var start = new ProcessStartInfo(Path.Combine(dotnet, "dotnet"), $"exec \"{csc}\" {(shared ? "-shared:" + _pipe + " " : string.Empty)}@\"{rsp}\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (countJit)
            {
                start.Environment["DOTNET_JitStdOutFile"] = jitFile;
                start.Environment["DOTNET_JitDisasmSummary"] = "1";
                start.Environment["DOTNET_TieredPGO"] = "0";
            }

            var clock = Stopwatch.StartNew();
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            clock.Stop();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"csc failed for {name}:\n{output}");
            }

            // "   0.129   99   SstpGen.SstpGenerator": seconds, percent, generator, in the /reportanalyzer table.
            Match time = Regex.Match(output, @"(\d+(?:\.\d+)?)\s+\d+\s+(SstpGen\.SstpGenerator|Microsoft\.CodeAnalysis\.ResxSourceGenerator\.CSharp\.CSharpResxGenerator)\b");
            List<string> jitted = countJit
                ? File.ReadLines(jitFile).Where(line => line.Contains("JIT compiled", StringComparison.Ordinal)).Select(MethodOf).ToList()
                : [];
            return new Compilation(clock.Elapsed.TotalSeconds, time.Success ? double.Parse(time.Groups[1].Value, CultureInfo.InvariantCulture) : null, jitted);
        }

        public void ShutDownServer()
        {
            string server = Path.Combine(Path.GetDirectoryName(csc)!, "VBCSCompiler.dll");
            using Process? process = Process.Start(new ProcessStartInfo(Path.Combine(dotnet, "dotnet"), $"exec \"{server}\" -shutdown -pipename:{_pipe}") { RedirectStandardOutput = true, RedirectStandardError = true });
            process?.WaitForExit(30_000);
        }

        /// <summary>"   12: JIT compiled System.X:Y(int) [Tier0, IL size=18, code size=24]" → "System.X:Y(int)".</summary>
        private static string MethodOf(string line)
        {
            int start = line.IndexOf("JIT compiled ", StringComparison.Ordinal) + "JIT compiled ".Length;
            int end = line.LastIndexOf(" [", StringComparison.Ordinal);
            return end > start ? line.Substring(start, end - start) : line.Substring(start);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SstpGen.Benchmarks;

/// <summary>
/// <c>-- cold-compile [runs]</c> (default 5): what a clean build pays. Three consumers of the same strings, a console
/// app with no generator, with ResxSourceGenerator over a .resx (<c>EmitFormatMethods</c>), and with SstpGen over
/// messages.md, are each compiled by the SDK's own <c>csc</c>, run directly as a new process (no compiler server: a
/// cold compile, as every CI build and the first build after the server starts pay), <c>runs</c> times. It prints
/// the methods the JIT compiled in the process (<c>DOTNET_JitStdOutFile</c> with <c>DOTNET_JitDisasmSummary=1</c>: a
/// deterministic count), the generator's time as <c>csc /reportanalyzer</c> reports it (median, min–max), and the
/// wall time's median, as a ratio to the consumer without a generator.
/// </summary>
internal static class ColdCompileReport
{
    public static void Run(string[] args)
    {
        int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        string dotnet = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        string csc = Directory.GetFiles(Path.Combine(dotnet, "sdk"), "csc.dll", SearchOption.AllDirectories).Where(p => p.Contains("bincore", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal).Last();
        string references = Directory.GetDirectories(Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref")).OrderBy(p => p, StringComparer.Ordinal).Last();
        string[] referenceFiles = Directory.GetFiles(Path.Combine(references, "ref", "net10.0"), "*.dll");
        string folder = Directory.CreateTempSubdirectory("sstp-cold-").FullName;
        try
        {
            TableText table = BenchmarkTables.Sstpsvc;
            File.WriteAllText(Path.Combine(folder, "messages.md"), table.Content);
            File.WriteAllText(Path.Combine(folder, "Strings.resx"), table.ToResx());
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(\"cold\");\n");
            File.WriteAllText(Path.Combine(folder, "sstpgen.globalconfig"), $"is_global = true\nbuild_property.RootNamespace = Consumer\n\n[{Path.Combine(folder, "messages.md")}]\nbuild_metadata.AdditionalFiles.SstpMessageTable = true\n");
            File.WriteAllText(Path.Combine(folder, "resx.globalconfig"), $"is_global = true\nbuild_property.RootNamespace = Consumer\n\n[{Path.Combine(folder, "Strings.resx")}]\nbuild_metadata.AdditionalFiles.EmitFormatMethods = true\nbuild_metadata.AdditionalFiles.ClassName = Consumer.Strings\n");

            string common = "/noconfig /nostdlib+ /nologo /target:exe /langversion:latest /nullable:enable /deterministic /optimize+ /reportanalyzer "
                + string.Join(" ", referenceFiles.Select(r => $"/reference:\"{r}\"")) + $" \"{Path.Combine(folder, "Program.cs")}\"";
            string here = AppContext.BaseDirectory;
            var consumers = new (string Name, string Arguments)[]
            {
                ("no generator", common),
                ("ResxSourceGenerator", common + $" /analyzer:\"{Path.Combine(here, "Microsoft.CodeAnalysis.ResxSourceGenerator.dll")}\" /analyzer:\"{Path.Combine(here, "Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.dll")}\" /additionalfile:\"{Path.Combine(folder, "Strings.resx")}\" /analyzerconfig:\"{Path.Combine(folder, "resx.globalconfig")}\""),
                ("SstpGen", common + $" /analyzer:\"{Path.Combine(here, "SstpGen.dll")}\" /additionalfile:\"{Path.Combine(folder, "messages.md")}\" /analyzerconfig:\"{Path.Combine(folder, "sstpgen.globalconfig")}\""),
            };

            var results = new List<(string Name, int Jitted, List<double> Generator, List<double> Wall)>();
            foreach ((string name, string arguments) in consumers)
            {
                string rsp = Path.Combine(folder, name.Replace(' ', '-') + ".rsp");
                File.WriteAllText(rsp, arguments + $" /out:\"{Path.Combine(folder, name.Replace(' ', '-') + ".dll")}\"");
                var generator = new List<double>();
                var wall = new List<double>();
                int jitted = 0;
                for (int run = 0; run < runs; run++)
                {
                    string jitFile = Path.Combine(folder, "jit.txt");
                    File.Delete(jitFile);
                    var start = new ProcessStartInfo(Path.Combine(dotnet, "dotnet"), $"exec \"{csc}\" @\"{rsp}\"") { RedirectStandardOutput = true, RedirectStandardError = true };
                    start.Environment["DOTNET_JitStdOutFile"] = jitFile;
                    start.Environment["DOTNET_JitDisasmSummary"] = "1";
                    start.Environment["DOTNET_TieredPGO"] = "0";
                    var clock = Stopwatch.StartNew();
                    using Process process = Process.Start(start)!;
                    string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                    process.WaitForExit();
                    clock.Stop();
                    if (process.ExitCode != 0)
                    {
                        throw new InvalidOperationException($"csc failed for {name}:\n{output}");
                    }

                    wall.Add(clock.Elapsed.TotalSeconds);
                    File.Copy(jitFile, Path.Combine(folder, name.Replace(' ', '-') + ".jit.txt"), true);
                    jitted = File.ReadLines(jitFile).Count(line => line.Contains("JIT compiled", StringComparison.Ordinal));
                    Match time = Regex.Match(output, @"(\d+(?:\.\d+)?)\s+\d+\s+(SstpGen\.SstpGenerator|Microsoft\.CodeAnalysis\.ResxSourceGenerator\.CSharp\.CSharpResxGenerator)");
                    if (time.Success)
                    {
                        generator.Add(double.Parse(time.Groups[1].Value, CultureInfo.InvariantCulture));
                    }
                }

                results.Add((name, jitted, generator, wall));
            }

            double baseWall = Median(results[0].Wall);
            int baseJit = results[0].Jitted;
            Console.WriteLine($"cold csc runs of a console app on sstpsvc's strings, {runs} runs each ({csc})");
            Console.WriteLine($"{"consumer",-22} {"JIT-compiled methods",22} {"generator time (median, min–max)",36} {"wall (median)",14} {"ratio",6}");
            foreach (var r in results)
            {
                string generator = r.Generator.Count == 0 ? "–" : $"{Median(r.Generator):N3} s ({r.Generator.Min():N3}–{r.Generator.Max():N3})";
                string added = r.Name == results[0].Name ? string.Empty : $" (+{r.Jitted - baseJit:N0})";
                Console.WriteLine($"{r.Name,-22} {r.Jitted.ToString("N0", CultureInfo.InvariantCulture) + added,22} {generator,36} {Median(r.Wall),12:N2} s {Median(r.Wall) / baseWall,6:N2}");
            }
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("SSTP_KEEP") == null) Directory.Delete(folder, recursive: true); else Console.WriteLine(folder);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using SstpExplainer;
using SstpGen.Tests.Infrastructure;

namespace SstpGen.Benchmarks;

/// <summary>
/// <c>-- explain-export [megabytes]</c> (default 1024): writes a wevtutil /f:RenderedXml export of that size, runs
/// <c>sstp-explainer explain</c> over it (report to a file, as <c>&gt; report.txt</c> would), and prints events per
/// second and the process's peak memory next to the file's size.
/// </summary>
internal static class ExplainerExportReport
{
    public static void Run(string[] args)
    {
        long megabytes = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1024;
        string folder = Directory.CreateTempSubdirectory("sstp-export-").FullName;
        try
        {
            string export = Path.Combine(folder, "System.xml");
            var writing = Stopwatch.StartNew();
            int events = EventExportFiles.Write(export, megabytes * 1024 * 1024);
            Console.WriteLine($"export: {new FileInfo(export).Length / (1024.0 * 1024):N0} MB, {events:N0} events, written in {writing.Elapsed.TotalSeconds:N1} s");

            long before = Process.GetCurrentProcess().PeakWorkingSet64;
            var explaining = Stopwatch.StartNew();
            using (var report = new StreamWriter(Path.Combine(folder, "report.txt")))
            {
                int code = ExplainerCli.Run(["explain", export, "--strict"], report, Console.Error, () => Stream.Null, errorIsTerminal: false);
                if (code != 0)
                {
                    throw new InvalidOperationException($"explain exited with {code}");
                }
            }

            explaining.Stop();
            using var process = Process.GetCurrentProcess();
            Console.WriteLine($"explain: {explaining.Elapsed.TotalSeconds:N1} s, {events / explaining.Elapsed.TotalSeconds:N0} events/s, {new FileInfo(export).Length / explaining.Elapsed.TotalSeconds / (1024 * 1024):N0} MB/s");
            Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024):N0} MB (before explaining: {before / (1024.0 * 1024):N0} MB); managed heap now {GC.GetTotalMemory(true) / (1024.0 * 1024):N1} MB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SstpGen.Benchmarks;

/// <summary>
/// <c>-- explain-evtx [megabytes…]</c> (default 256 1024): <c>sstp-explainer explain</c> as a user runs it (a process, its
/// report into a file) on logs of those sizes made of the real logs' chunks with one chunk in 16 of RasSstp events, on one
/// core (--threads 1, taskset -c 0) and on two: megabytes per second, and the process's peak resident memory (GNU time's
/// %M) to show it does not grow with the file.
/// </summary>
internal static class EvtxExplainReport
{
    public static void Run(string[] args)
    {
        long[] sizes = args.Length > 0 ? args.Select(a => long.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [256, 1024];
        string? taskset = BenchmarkEvtxFiles.OnPath("taskset");
        string? time = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;
        string folder = Directory.CreateTempSubdirectory("sstp-evtx-").FullName;
        try
        {
            Console.WriteLine("| log | cores | time | throughput | peak memory | SSTP events |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (long megabytes in sizes)
            {
                string log = Path.Combine(folder, "System.evtx");
                long bytes = BenchmarkEvtxFiles.Write(log, megabytes, sstpEvery: 16);
                foreach (int cores in new[] { 1, 2 })
                {
                    string report = Path.Combine(folder, "report.txt");
                    string memory = Path.Combine(folder, "memory.txt");
                    string[] explain = [BenchmarkEvtxFiles.Explainer, "explain", log, "--threads", cores.ToString(CultureInfo.InvariantCulture)];
                    string[] pinned = taskset is null ? explain : [taskset, "-c", cores == 1 ? "0" : "0,1", .. explain];
                    string[] measured = time is null ? pinned : [time, "-f", "%M", "-o", memory, .. pinned];
                    var clock = Stopwatch.StartNew();
                    using (Process process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "\"$@\" > \"$0\"", report, .. measured]) { RedirectStandardError = true })!)
                    {
                        process.StandardError.ReadToEnd();
                        process.WaitForExit();
                    }

                    double seconds = clock.Elapsed.TotalSeconds;
                    string peak = time is null ? "not measured" : $"{long.Parse(File.ReadAllText(memory).Trim().Split('\n')[^1], CultureInfo.InvariantCulture) / 1024.0:N0} MB";
                    string summary = File.ReadLines(report).LastOrDefault(l => l.Contains("SSTP", StringComparison.Ordinal)) ?? "no summary";
                    Console.WriteLine($"| {bytes / (1024 * 1024):N0} MB | {cores} | {seconds:N1} s | {bytes / seconds / (1024 * 1024):N0} MB/s | {peak} | {summary} |");
                }

                File.Delete(log);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SstpGen.Benchmarks;

/// <summary>
/// <c>-- evtx-records [megabytes] [rounds]</c> (default 256 MB, 3 rounds after one warm-up): <c>sstp-explainer records
/// --json</c> as a user runs it (a process, its output read through a pipe) against libevtx's <c>evtxexport -f xml</c>
/// (Debian libevtx-utils) in the same run: on the real logs of ../shared/evtx, and on a log of that size made of their
/// chunks. Each on one core (taskset -c 0; the explainer with --threads 1), then the explainer on two (--threads 2):
/// median megabytes per second and the ratios.
/// </summary>
internal static class EvtxRecordsReport
{
    public static void Run(string[] args)
    {
        long megabytes = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 256;
        int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        string? taskset = BenchmarkEvtxFiles.OnPath("taskset");
        string? evtxexport = BenchmarkEvtxFiles.OnPath("evtxexport");
        Console.WriteLine(taskset is null ? "taskset is not installed: one core means --threads 1 only" : "one core: taskset -c 0");
        if (evtxexport is null)
        {
            Console.WriteLine("evtxexport is not installed (apt-get install libevtx-utils): no comparison in this run");
        }

        string[] logs = BenchmarkEvtxFiles.RealLogs;
        string folder = Directory.CreateTempSubdirectory("sstp-evtx-").FullName;
        try
        {
            string big = Path.Combine(folder, "big.evtx");
            long bigSize = BenchmarkEvtxFiles.Write(big, megabytes);
            Console.WriteLine($"{rounds} rounds after one warm-up, medians");
            Console.WriteLine();
            Console.WriteLine($"| input | evtxexport -f xml | records --json, 1 core | ratio | records --json, 2 cores | 1 → 2 cores |");
            Console.WriteLine($"|---|---:|---:|---:|---:|---:|");
            Compare($"the {logs.Length} real logs", logs, logs.Sum(l => new FileInfo(l).Length));
            Compare($"a {bigSize / (1024 * 1024)} MB log of their chunks", [big], bigSize);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        void Compare(string name, string[] files, long bytes)
        {
            double mb = bytes / (1024.0 * 1024);
            double theirs = evtxexport is null ? double.NaN : BenchmarkEvtxFiles.Median(rounds, () => files.Sum(f => Run(evtxexport, ["-f", "xml", f], "0")));
            double one = BenchmarkEvtxFiles.Median(rounds, () => Run(BenchmarkEvtxFiles.Explainer, ["records", .. files, "--json", "--threads", "1"], "0"));
            double two = BenchmarkEvtxFiles.Median(rounds, () => Run(BenchmarkEvtxFiles.Explainer, ["records", .. files, "--json", "--threads", "2"], "0,1"));
            Console.WriteLine($"| {name}, {mb:N1} MB | {mb / theirs:N1} MB/s | {mb / one:N1} MB/s | {theirs / one:N1}× | {mb / two:N1} MB/s | {one / two:N2}× |");
        }

        // evtxexport takes one file a run; the explainer takes them all in one.
        double Run(string command, string[] arguments, string cores) =>
            taskset is null
                ? BenchmarkEvtxFiles.TimeProcess(command, arguments)
                : BenchmarkEvtxFiles.TimeProcess(taskset, ["-c", cores, command, .. arguments]);
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using SstpExplainer;

namespace SstpGen.Benchmarks;

/// <summary>
/// <c>-- evtx-records [rounds]</c> (default 5): <c>sstp-explainer records --json</c> over every .evtx in ../shared/evtx, in
/// process on one thread (output discarded), against libevtx's <c>evtxexport -f xml</c> on the same files in the same run
/// when it is installed (Debian libevtx-utils): the median megabytes per second of each, and the ratio.
/// </summary>
internal static class EvtxRecordsReport
{
    public static void Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        string folder = Path.GetFullPath(Path.Combine(BenchmarkTables.RepositoryRoot, "..", "shared", "evtx"));
        string[] files = Directory.GetFiles(folder, "*.evtx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        double megabytes = files.Sum(f => new FileInfo(f).Length) / (1024.0 * 1024);
        Console.WriteLine($"{files.Length} files, {megabytes:N1} MB, {rounds} rounds after one warm-up");

        double ours = Median(rounds, () =>
        {
            int code = ExplainerCli.Run(["records", .. files, "--json"], TextWriter.Null, TextWriter.Null, () => Stream.Null, errorIsTerminal: false);
            if (code != 0)
            {
                throw new InvalidOperationException($"records exited with {code}");
            }
        });
        Console.WriteLine($"records --json (in process, one thread): {ours:N3} s, {megabytes / ours:N1} MB/s");

        string? evtxexport = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(p => Path.Combine(p, "evtxexport")).FirstOrDefault(File.Exists);
        if (evtxexport is null)
        {
            Console.WriteLine("evtxexport is not installed (apt-get install libevtx-utils): no comparison in this run");
            return;
        }

        double theirs = Median(rounds, () =>
        {
            foreach (string file in files)
            {
                using Process process = Process.Start(new ProcessStartInfo(evtxexport, ["-f", "xml", file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
                process.StandardError.ReadToEndAsync();
                process.StandardOutput.BaseStream.CopyTo(Stream.Null);
                process.WaitForExit();
            }
        });
        Console.WriteLine($"evtxexport -f xml: {theirs:N3} s, {megabytes / theirs:N1} MB/s; records --json is {theirs / ours:N1}x as fast");
    }

    private static double Median(int rounds, Action run)
    {
        run();
        var times = new List<double>();
        for (int i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            times.Add(clock.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SstpExplainer.EventLog;
using SstpExplainer.EventLog.Evtx;
using SstpGen.Tests.Infrastructure;

namespace SstpGen.Benchmarks;

/// <summary>
/// The .evtx files the evtx reports run on: the real logs of ../shared/evtx, and big logs made of their chunks (every
/// 64 KiB block with a chunk signature, in turn, again and again; a chunk stands alone, so any sequence of them is a
/// log), with a clean header that counts them so every reader reads them all; optionally one chunk in
/// <c>sstpEvery</c> of RasSstp events (the sample export, written by the tests' writer). The big logs leave out the six
/// real logs libevtx cannot read to the end (its counts in ../shared/evtx/README.md): evtxexport stops at the first
/// record it cannot decode, and would time a fraction of the file.
/// </summary>
internal static class BenchmarkEvtxFiles
{
    private static readonly string[] s_notReadToTheEndByLibevtx =
    [
        "CAPI2", "MSExchange_Management_wec", "HelloForBusiness", "LanguagePackSetup", "zero-data-size", "bad_chunk_magic",
    ];

    public static string Folder => Path.GetFullPath(Path.Combine(BenchmarkTables.RepositoryRoot, "..", "shared", "evtx"));

    public static string[] RealLogs =>
        Directory.GetFiles(Folder, "*.evtx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    public static long Write(string path, long megabytes, int sstpEvery = 0)
    {
        List<byte[]> real = RealLogs.Where(log => !s_notReadToTheEndByLibevtx.Any(log.Contains)).SelectMany(ChunksOf).ToList();
        List<byte[]> sstp = sstpEvery > 0 ? SstpChunks() : [];
        int count = (int)Math.Min(ushort.MaxValue, megabytes * 1024 * 1024 / EvtxReader.ChunkSize);
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            file.Write(EvtxTestWriter.FileHeader(count, nextRecordId: 1));
            for (int i = 0; i < count; i++)
            {
                file.Write(sstpEvery > 0 && i % sstpEvery == sstpEvery - 1 ? sstp[i / sstpEvery % sstp.Count] : real[i % real.Count]);
            }
        }

        return new FileInfo(path).Length;
    }

    /// <summary>Runs a command to the end with its output read and thrown away, as a pipe to another tool would.</summary>
    public static double TimeProcess(string command, IEnumerable<string> arguments)
    {
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        process.WaitForExit();
        double seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"{command} exited with {process.ExitCode}: {errors.Result}");
        }

        return seconds;
    }

    public static string? OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(p => Path.Combine(p, tool)).FirstOrDefault(File.Exists);

    /// <summary>The explainer as a user runs it: the apphost the sample's build put beside the benchmarks.</summary>
    public static string Explainer => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "sstp-explainer.exe" : "sstp-explainer");

    public static double Median(int rounds, Func<double> run)
    {
        run();
        double[] times = Enumerable.Range(0, rounds).Select(_ => run()).Order().ToArray();
        return times[times.Length / 2];
    }

    private static IEnumerable<byte[]> ChunksOf(string log)
    {
        byte[] bytes = File.ReadAllBytes(log);
        for (int at = EvtxReader.HeaderSize; at + EvtxReader.ChunkSize <= bytes.Length; at += EvtxReader.ChunkSize)
        {
            if (bytes.AsSpan(at).StartsWith("ElfChnk\0"u8))
            {
                yield return bytes[at..(at + EvtxReader.ChunkSize)];
            }
        }
    }

    private static List<byte[]> SstpChunks()
    {
        string example = Path.Combine(BenchmarkTables.RepositoryRoot, "sample", "examples", "System-RasSstp.xml");
        using FileStream xml = File.OpenRead(example);
        List<EventRecord> events = EventLogXmlReader.Read(xml).ToList();
        byte[] log = new EvtxTestWriter().Write(Enumerable.Repeat(events, 40).SelectMany(e => e).ToList());
        return log.Skip(EvtxReader.HeaderSize).Chunk(EvtxReader.ChunkSize).Where(c => c.Length == EvtxReader.ChunkSize).ToList();
    }
}

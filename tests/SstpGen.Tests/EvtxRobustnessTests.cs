using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using SstpExplainer.EventLog.Evtx;
using SstpGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SstpGen.Tests;

/// <summary>
/// Whatever an .evtx holds, the reader reports what it cannot read and goes on: CsCheck mutations of the real files (byte
/// flips, 32-bit values, truncation at and inside chunks, zeroed and spliced chunks) never throw anything but the
/// "not an .evtx" error, never loop, keep every record before the damage, and read the same decoded on several threads
/// (fixed seed; SSTPGEN_PROPERTY_ITERATIONS=N).
/// </summary>
public class EvtxRobustnessTests(ITestOutputHelper output)
{
    private static readonly long Cases = long.TryParse(Environment.GetEnvironmentVariable("SSTPGEN_PROPERTY_ITERATIONS"), out long n) ? n : 150;

    private static readonly uint[] s_values = [0, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0xFFFF, 0x10000, 512, 0x2A2A];

    private static readonly (string Name, Func<byte[], int, int, (byte[] Bytes, int Intact)> Apply)[] s_mutations =
    [
        ("byte flip", (b, x, y) => Flip(b, x % b.Length, y)),
        ("a 32-bit value", (b, x, y) => Put(b, (x % (b.Length - 4)) & ~3, s_values[y % s_values.Length])),
        ("truncation at a chunk boundary", (b, x, _) => Cut(b, EvtxReader.HeaderSize + (x % Chunks(b) * EvtxReader.ChunkSize))),
        ("truncation inside", (b, x, _) => Cut(b, x % b.Length)),
        ("a zeroed chunk", (b, x, _) => Zero(b, x % Chunks(b))),
        ("a chunk spliced over another", (b, x, y) => Splice(b, x % Chunks(b), y % Chunks(b))),
    ];

    [SkippableFact]
    public void Mutated_real_logs_are_read_to_the_end_with_every_record_before_the_damage()
    {
        string? folder = RepositoryPaths.SharedFolder("evtx");
        Skip.If(folder is null, "The shared .evtx folder was not found (looked for ../shared/evtx beside the checkout).");
        // The smaller files: every kind of damage on every shape, in a bounded time.
        List<(string Name, byte[] Bytes)> seeds = Directory.GetFiles(folder, "*.evtx", SearchOption.AllDirectories)
            .Where(path => new FileInfo(path).Length <= 1_200_000)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();
        int records = 0;
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int[0, s_mutations.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Sample(
            c =>
            {
                var (_, bytes) = seeds[c.Item1];
                var (mutated, intact) = s_mutations[c.Item2].Apply(bytes, c.Item3, c.Item4);
                List<EvtxEvent> read;
                try
                {
                    read = Read(mutated);
                }
                catch (EvtxFormatException) when (intact == 0 || mutated.Length < EvtxReader.HeaderSize || !EvtxReader.IsEvtx(mutated))
                {
                    return;     // the damage hit the file header: said so, nothing to read
                }

                records += read.Count;
                // Decoded on several threads, the same records and problems in the same order.
                Assert.Equal(EvtxReaderTests.ReadLines(mutated, parallelism: 1), EvtxReaderTests.ReadLines(mutated, parallelism: 2));
                // Every record of the chunks before the damage is still there.
                if (intact >= EvtxReader.HeaderSize)
                {
                    HashSet<ulong> got = read.Select(r => r.RecordId).ToHashSet();
                    Assert.All(Read(bytes[..Math.Min(bytes.Length, intact)]).Select(r => r.RecordId), id => Assert.Contains(id, got));
                }
            },
            seed: PrintfSpecTests.Seed,
            iter: Cases,
            threads: 1,
            print: c => $"{s_mutations[c.Item2].Name} of {seeds[c.Item1].Name} (a={c.Item3}, b={c.Item4})");
        output.WriteLine($"{records} records read from mutated files");
    }

    private static List<EvtxEvent> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return EvtxReader.Read(stream, _ => { }).ToList();
    }

    private static int Chunks(byte[] b) => Math.Max(1, (b.Length - EvtxReader.HeaderSize) / EvtxReader.ChunkSize);

    /// <summary>How many bytes from the start no mutation touched, rounded down to a whole chunk: their records must survive.</summary>
    private static int IntactBefore(int offset) =>
        offset < EvtxReader.HeaderSize ? 0 : EvtxReader.HeaderSize + ((offset - EvtxReader.HeaderSize) / EvtxReader.ChunkSize * EvtxReader.ChunkSize);

    private static (byte[], int) Flip(byte[] b, int at, int by)
    {
        byte[] copy = (byte[])b.Clone();
        copy[at] ^= (byte)(1 + (by % 255));
        return (copy, IntactBefore(at));
    }

    private static (byte[], int) Put(byte[] b, int at, uint value)
    {
        byte[] copy = (byte[])b.Clone();
        BitConverter.TryWriteBytes(copy.AsSpan(at), value);
        return (copy, IntactBefore(at));
    }

    private static (byte[], int) Cut(byte[] b, int length) => (b[..Math.Min(length, b.Length)], IntactBefore(Math.Min(length, b.Length)));

    private static (byte[], int) Zero(byte[] b, int chunk)
    {
        byte[] copy = (byte[])b.Clone();
        int at = EvtxReader.HeaderSize + (chunk * EvtxReader.ChunkSize);
        copy.AsSpan(at, Math.Min(EvtxReader.ChunkSize, copy.Length - at)).Clear();
        return (copy, IntactBefore(at));
    }

    private static (byte[], int) Splice(byte[] b, int from, int to)
    {
        byte[] copy = (byte[])b.Clone();
        int source = EvtxReader.HeaderSize + (from * EvtxReader.ChunkSize);
        int target = EvtxReader.HeaderSize + (to * EvtxReader.ChunkSize);
        int length = Math.Min(EvtxReader.ChunkSize, Math.Min(copy.Length - source, copy.Length - target));
        Array.Copy(b, source, copy, target, length);
        return (copy, IntactBefore(target));
    }
}

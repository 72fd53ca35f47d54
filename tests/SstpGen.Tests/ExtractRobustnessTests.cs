using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using CsCheck;
using SstpGen.Cli;
using SstpGen.Cli.MessageTables;
using SstpGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SstpGen.Tests;

/// <summary>
/// Whatever bytes a file holds, <c>sstpgen extract</c> gives a clear error or a table: never another exception, an endless
/// loop, or memory out of proportion to the file. CsCheck mutations of the real PE files in ../shared/pe, most of them
/// inside the resource section where the counts and offsets are (fixed seed; SSTPGEN_PROPERTY_ITERATIONS=N runs N).
/// </summary>
public sealed class ExtractRobustnessTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryFolders _folders = new("sstpgen-fuzz-");

    private static readonly long Cases = long.TryParse(Environment.GetEnvironmentVariable("SSTPGEN_PROPERTY_ITERATIONS"), out long n) ? n : 400;

    private static readonly string[] s_files =
    [
        "devcon/devcon.exe", "wine/mferror.dll", "wine/fsutil.exe", "nssm/nssm-messages.dll", "sstpsvc/sstpsvc.dll",
        "sstpsvc/sstpsvc-ansi-x86.dll", "sstpsvc/sstpsvc-utf8.dll", "sstpsvc/mui/en-US/sstpsvc.dll.mui",
    ];

    // Counts, offsets and sizes that break naive readers: zero, one, the sign bit, all ones, a little past a small file.
    private static readonly uint[] s_values = [0, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0xFFFF, 0x10000, 0x8000_0010, 4096];

    private static readonly (string Name, Func<byte[], (int Start, int Length), int, int, byte[]> Apply)[] s_mutations =
    [
        ("byte flip anywhere", (b, _, x, y) => With(b, copy => copy[x % copy.Length] ^= (byte)(1 + (y % 255)))),
        ("byte flip in the resources", (b, r, x, y) => With(b, copy => copy[r.Start + (x % r.Length)] ^= (byte)(1 + (y % 255)))),
        ("a 32-bit value in the resources", (b, r, x, y) => With(b, copy => BitConverter.TryWriteBytes(copy.AsSpan(r.Start + ((x % Math.Max(1, r.Length - 4)) & ~3)), s_values[y % s_values.Length]))),
        ("truncation", (b, _, x, _) => b.AsSpan(0, x % b.Length).ToArray()),
        ("truncation in the resources", (b, r, x, _) => b.AsSpan(0, r.Start + (x % r.Length)).ToArray()),
    ];

    [SkippableFact]
    public void Mutated_real_binaries_give_an_error_or_a_table_and_nothing_else()
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        List<(string Name, byte[] Bytes, (int, int) Resources)> seeds = s_files
            .Select(file => File.ReadAllBytes(SharedPortableExecutables.PathOf(file)) is var bytes ? (file, bytes, ResourceSection(bytes)) : default)
            .ToList();
        string folder = _folders.Create();
        int tables = 0, errors = 0;
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int[0, s_mutations.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Sample(
            c =>
            {
                var (name, bytes, resources) = seeds[c.Item1];
                byte[] mutated = s_mutations[c.Item2].Apply(bytes, resources, c.Item3, c.Item4);
                string path = Path.Combine(folder, Path.GetFileName(name));
                File.WriteAllBytes(path, mutated);
                long before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    ExtractedModule module = ModuleExtractor.Extract(path, new Version(1, 0, 0, 0));
                    Assert.NotEmpty(module.Languages);
                    tables++;
                }
                catch (ExtractionException e)
                {
                    Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
                    errors++;
                }

                // The file, the resources copied out of it, and their texts: a few times the file, never what a count claims.
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.True(allocated < (16L * mutated.Length) + (4 << 20), $"{allocated:N0} bytes allocated for a file of {mutated.Length:N0}");
            },
            seed: PrintfSpecTests.Seed,
            iter: Cases,
            threads: 1,
            print: c => $"{s_mutations[c.Item2].Name} of {seeds[c.Item1].Name} (a={c.Item3}, b={c.Item4})");
        output.WriteLine($"{tables} tables, {errors} clear errors");
        Assert.True(tables > 0 && errors > 0, $"{tables} tables, {errors} errors: the mutations should give both");
    }

    /// <summary>Where the resource section's bytes are in the file.</summary>
    private static (int Start, int Length) ResourceSection(byte[] bytes)
    {
        using var reader = new PEReader(new MemoryStream(bytes));
        int rva = reader.PEHeaders.PEHeader!.ResourceTableDirectory.RelativeVirtualAddress;
        SectionHeader section = reader.PEHeaders.SectionHeaders.Single(s => rva >= s.VirtualAddress && rva < s.VirtualAddress + Math.Max(s.VirtualSize, s.SizeOfRawData));
        return (section.PointerToRawData, Math.Min(section.SizeOfRawData, bytes.Length - section.PointerToRawData));
    }

    private static byte[] With(byte[] bytes, Action<byte[]> change)
    {
        byte[] copy = (byte[])bytes.Clone();
        change(copy);
        return copy;
    }

    public void Dispose() => _folders.Dispose();
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SstpGen.Tests;

/// <summary>
/// Whatever a .mc file holds, the generator must not throw, must locate every diagnostic inside the file, and its code
/// must compile cleanly and come out the same every run: CsCheck mutations of the real files in ../shared/mc (fixed
/// seed; CI runs a bounded sample, SSTPGEN_PROPERTY_ITERATIONS=N runs N).
/// </summary>
public class MessageCompilerRobustnessTests(ITestOutputHelper output)
{
    private static readonly long Cases = long.TryParse(Environment.GetEnvironmentVariable("SSTPGEN_PROPERTY_ITERATIONS"), out long n) ? n : 60;

    private static readonly string[] s_injected =
    {
        "MessageId=0xFFFFFFFFF", "Severity=", "FacilityNames=(", "LanguageNames=(X=0x409:", "Language=", "MessageId=+", ")",
        "SymbolicName=1BAD", "Facility=Nope", "OutputBase=7", "SeverityNames=(S=9)", "MessageId=0x10000", "=", "%1!", ".",
    };

    private static readonly (string Name, Func<byte[], int, int, byte[]> Apply)[] s_mutations =
    {
        ("byte flip", (b, x, y) => Flip(b, x, y)),
        ("truncation", (b, x, _) => b.AsSpan(0, x % b.Length).ToArray()),
        ("duplicated line", (b, x, _) => Lines(b, lines => lines.Insert(x % lines.Count, lines[x % lines.Count]))),
        ("removed line", (b, x, _) => Lines(b, lines => lines.RemoveAt(x % lines.Count))),
        ("the '.' lines removed from a line on", (b, x, _) => Lines(b, lines =>
        {
            for (int i = lines.Count - 1; i >= x % lines.Count; i--)
            {
                if (lines[i].TrimEnd('\r') == ".")
                {
                    lines.RemoveAt(i);
                }
            }
        })),
        ("keyword injected", (b, x, y) => Lines(b, lines => lines.Insert(x % lines.Count, s_injected[y % s_injected.Length]))),
        ("huge line", (b, x, _) => Lines(b, lines => lines.Insert(x % lines.Count, string.Concat(Enumerable.Repeat("MessageId=+1 %1!d! (", 5_000))))),
        ("non-UTF-8 bytes", (b, x, _) => b.Take(x % (b.Length + 1)).Concat(new byte[] { 0xFF, 0xFE, 0xC3, 0x28, 0x80 }).Concat(b.Skip(x % (b.Length + 1))).ToArray()),
    };

    [SkippableFact]
    public void Mutated_real_sources_never_break_the_generator()
    {
        Skip.If(SharedMessageCompilerSources.Folder is null, SharedMessageCompilerSources.SkipReason);
        // The UTF-16 file is mutated as bytes only: its lines are not UTF-8.
        List<(string Name, byte[] Bytes)> seeds = SharedMessageCompilerSources.Files()
            .Select(file => (file, File.ReadAllBytes(SharedMessageCompilerSources.PathOf(file)))).ToList();
        int ran = 0;
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int[0, s_mutations.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Sample(
            c =>
            {
                (string name, byte[] bytes) = seeds[c.Item1];
                int kind = name.Contains("utf16", StringComparison.Ordinal) ? c.Item2 % 2 : c.Item2;
                Check("/fuzz/" + name, s_mutations[kind].Apply(bytes, c.Item3, c.Item4));
                System.Threading.Interlocked.Increment(ref ran);
            },
            seed: PrintfSpecTests.Seed,
            iter: Cases,
            threads: 1,
            print: c => $"{s_mutations[c.Item2].Name} of {seeds[c.Item1].Name} (a={c.Item3}, b={c.Item4})");
        output.WriteLine($"{ran} mutated .mc files checked");
    }

    private static void Check(string path, byte[] bytes)
    {
        var (result, compilation) = GeneratorHarness.Run(new TableFile(path, bytes, TableFile.Marked));
        Assert.Null(result.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SSTP999");
        int length = new InMemoryAdditionalText(path, bytes).GetText().Length;
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
            Assert.InRange(diagnostic.Location.SourceSpan.Start, 0, length);
            Assert.InRange(diagnostic.Location.SourceSpan.End, diagnostic.Location.SourceSpan.Start, length);
        }

        string[] problems = GeneratorHarness.CompileDiagnostics(compilation).Select(d => d.ToString()).ToArray();
        Assert.True(problems.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(5)));
        var (again, _) = GeneratorHarness.Run(new TableFile(path, bytes, TableFile.Marked));
        Assert.Equal(Sources(result), Sources(again));
    }

    private static string[] Sources(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();

    private static byte[] Flip(byte[] bytes, int at, int by)
    {
        byte[] copy = (byte[])bytes.Clone();
        copy[at % copy.Length] ^= (byte)(1 + (by % 255));
        return copy;
    }

    private static byte[] Lines(byte[] bytes, Action<List<string>> change)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        change(lines);
        return Encoding.UTF8.GetBytes(string.Join("\n", lines));
    }
}

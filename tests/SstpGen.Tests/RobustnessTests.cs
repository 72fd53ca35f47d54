using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SstpGen.Tests;

/// <summary>
/// Whatever a markdown file holds, the generator must not throw, must locate every diagnostic inside the file,
/// must still emit every valid row, and its code must compile. Random tables and random mutations of real
/// tables (CsCheck, fixed seed): CI runs a bounded sample; SSTPGEN_PROPERTY_ITERATIONS=N runs N cases per
/// property and the output says how many ran.
/// </summary>
public class RobustnessTests(ITestOutputHelper output)
{
    private static readonly long Cases = long.TryParse(Environment.GetEnvironmentVariable("SSTPGEN_PROPERTY_ITERATIONS"), out long n) ? n : 60;

    private static readonly Regex s_row = new(@"^0x([0-9a-f]{8}) \| ", RegexOptions.CultureInvariant);

    /// <summary>Small real tables to mutate: sstpsvc, the vector table, and the smallest corpus files when the corpus is there.</summary>
    private static readonly IReadOnlyList<(string Name, byte[] Bytes)> s_seeds = LoadSeeds();

    [Fact]
    public void Mutated_real_tables_never_break_the_generator()
    {
        Gen<(int Seed, int Kind, int A, int B)> cases = Gen.Select(Gen.Int[0, s_seeds.Count - 1], Gen.Int[0, Mutations.Count - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]);
        int ran = 0;
        cases.Sample(
            c =>
            {
                (string name, byte[] bytes) = s_seeds[c.Seed];
                CheckTable("/fuzz/" + name, Mutations.Apply(c.Kind, bytes, c.A, c.B));
                System.Threading.Interlocked.Increment(ref ran);
            },
            seed: PrintfSpecTests.Seed,
            iter: Cases,
            threads: 1,
            print: c => $"{Mutations.Describe(c.Kind)} of {s_seeds[c.Seed].Name} (a={c.A}, b={c.B})");
        output.WriteLine($"{ran} mutated tables checked");
    }

    [Fact]
    public void Mutated_satellites_never_break_the_generator_or_their_table()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Tables", "languages");
        string[] satellites = ["demo.de.md", "demo.de-AT.md", "demo.fr-FR.md"];
        Gen<(int Satellite, int Kind, int A, int B)> cases = Gen.Select(Gen.Int[0, satellites.Length - 1], Gen.Int[0, Mutations.Count - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]);
        int ran = 0;
        cases.Sample(
            c =>
            {
                var files = new Dictionary<string, byte[]> { ["/fuzz/demo.md"] = File.ReadAllBytes(Path.Combine(folder, "demo.md")) };
                foreach (string satellite in satellites)
                {
                    byte[] bytes = File.ReadAllBytes(Path.Combine(folder, satellite));
                    files["/fuzz/" + satellite] = satellite == satellites[c.Satellite] ? Mutations.Apply(c.Kind, bytes, c.A, c.B) : bytes;
                }

                var (result, compilation) = GeneratorHarness.Run(files.Select(f => new TableFile(f.Key, f.Value, new Dictionary<string, string>())).ToArray());
                Assert.Null(result.Results.Single().Exception);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SSTP999");
                foreach (Diagnostic diagnostic in result.Diagnostics)
                {
                    // Located in the file it is about, on a line that file has.
                    FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                    Assert.True(files.ContainsKey(span.Path), span.Path);
                    string text = new InMemoryAdditionalText(span.Path, files[span.Path]).GetText()!.ToString();
                    Assert.InRange(span.EndLinePosition.Line, 0, Regex.Split(text, "\r\n|\r|\n").Length - 1);
                }

                string[] problems = GeneratorHarness.CompileDiagnostics(compilation).Select(d => d.ToString()).ToArray();
                Assert.True(problems.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(5)));
                Assert.Equal([1u, 2u, 3u], EmittedIds(compilation).Order());     // the default language's messages, whatever a satellite holds
                System.Threading.Interlocked.Increment(ref ran);
            },
            seed: PrintfSpecTests.Seed,
            iter: Cases,
            threads: 1,
            print: c => $"{Mutations.Describe(c.Kind)} of {satellites[c.Satellite]} (a={c.A}, b={c.B})");
        output.WriteLine($"{ran} mutated satellites checked");
    }

    [Fact]
    public void Random_tables_never_break_the_generator()
    {
        // Message text from the characters that matter to FormatMessage, markdown and C#.
        Gen<string> text = Gen.String[Gen.Char["%!*.0123456789abnrtxdsS \\|#-<>&\"'{}\r\t\u0001\u2028"], 0, 40];
        Gen<string> row = Gen.Select(Gen.UInt, text, (id, message) => "0x" + id.ToString("x8", CultureInfo.InvariantCulture) + " | " + message);
        Gen<string> table = Gen.Select(row.Array[0, 12], Gen.Bool, (rows, header) =>
            "## random.dll\n\n### 10.0.19041.1\n\n" + (header ? "Message identifier | Message string\n--- | ---\n" : string.Empty) + string.Join("\n", rows) + "\n");
        int ran = 0;
        table.Sample(
            content =>
            {
                CheckTable("/fuzz/random.md", Encoding.UTF8.GetBytes(content));
                System.Threading.Interlocked.Increment(ref ran);
            },
            seed: PrintfSpecTests.Seed,
            iter: Cases,
            threads: 1);
        output.WriteLine($"{ran} random tables checked");
    }

    [Fact]
    public void Truncating_a_table_at_every_position_never_breaks_the_generator()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Tables", "formatmessage-vectors.md"));
        for (int length = 0; length <= bytes.Length; length++)
        {
            // Compiling every prefix would take minutes: every 97th prefix (and the whole file) is compiled too.
            CheckTable("/fuzz/truncated.md", bytes.AsSpan(0, length).ToArray(), compile: length % 97 == 0 || length == bytes.Length);
        }
    }

    [Theory]
    [InlineData("empty", "")]
    [InlineData("only a module heading", "## only.dll\n")]
    [InlineData("only a version heading", "### 10.0.19041.1\n")]
    [InlineData("deep heading nesting", "## deep.dll\n\n###################################### 1.0.0.0\n######## 10.0.19041.1\n")]
    [InlineData("a huge line", "## huge.dll\n\n### 10.0.19041.1\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | HUGE\n")]
    [InlineData("non-UTF-8 bytes", "## bytes.dll\n\n### 10.0.19041.1\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | before \u00ff\u00fe\u00c3( after\n")]
    [InlineData("swapped columns", "## swapped.dll\n\n### 10.0.19041.1\n\nMessage string | Message identifier\n--- | ---\nA message. | 0x00000001\n")]
    public void Degenerate_tables_never_break_the_generator(string what, string content)
    {
        byte[] bytes = what == "non-UTF-8 bytes"
            ? content.Select(c => (byte)c).ToArray()   // Latin-1 bytes: 0xFF 0xFE 0xC3 0x28 are not UTF-8
            : Encoding.UTF8.GetBytes(content.Replace("HUGE", new string('x', 200_000) + " %1 " + new string('y', 200_000)));
        CheckTable("/fuzz/" + what.Replace(' ', '-') + ".md", bytes);
    }

    /// <summary>Runs the generator on one file and checks everything the issue promises.</summary>
    private static void CheckTable(string path, byte[] bytes, bool compile = true)
    {
        var (result, compilation) = GeneratorHarness.Run(new TableFile(path, bytes, TableFile.Marked));
        GeneratorRunResult run = result.Results.Single();
        Assert.Null(run.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SSTP999");

        // Decoded as the compiler decodes an AdditionalFile; lines as markdown has them (CR, LF, CRLF only).
        string text = new InMemoryAdditionalText(path, bytes).GetText().ToString();
        string[] lines = Regex.Split(text, "\r\n|\r|\n");
        var linesWithDiagnostics = new HashSet<int>();
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            Assert.Equal(path, span.Path);
            Assert.InRange(diagnostic.Location.SourceSpan.End, 0, text.Length);
            Assert.InRange(span.StartLinePosition.Line, 0, lines.Length - 1);
            Assert.InRange(span.EndLinePosition.Line, span.StartLinePosition.Line, lines.Length - 1);
            Assert.InRange(span.StartLinePosition.Character, 0, lines[span.StartLinePosition.Line].Length);
            for (int line = span.StartLinePosition.Line; line <= span.EndLinePosition.Line; line++)
            {
                linesWithDiagnostics.Add(line);
            }
        }

        if (compile)
        {
            string[] problems = GeneratorHarness.CompileDiagnostics(compilation).Select(d => d.ToString()).ToArray();
            Assert.True(problems.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(5)));
        }

        HashSet<uint> emitted = EmittedIds(compilation);
        foreach (uint id in ValidRowIds(lines, linesWithDiagnostics))
        {
            Assert.True(emitted.Contains(id), $"row 0x{id:x8} has no diagnostic but was not emitted");
        }
    }

    /// <summary>The ids of rows that nothing complained about, under a version heading nothing complained about.</summary>
    private static IEnumerable<uint> ValidRowIds(string[] lines, HashSet<int> linesWithDiagnostics)
    {
        bool underCleanHeading = false;
        bool seenModule = false;
        for (int number = 0; number < lines.Length; number++)
        {
            string content = lines[number];
            if (content.StartsWith("## ", StringComparison.Ordinal))
            {
                seenModule = true;
            }

            if (content.StartsWith("### ", StringComparison.Ordinal))
            {
                underCleanHeading = seenModule && !linesWithDiagnostics.Contains(number);
            }

            Match row = s_row.Match(content);
            if (row.Success && underCleanHeading && !linesWithDiagnostics.Contains(number))
            {
                yield return uint.Parse(row.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }
        }
    }

    private static HashSet<uint> EmittedIds(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Consumer.SstpMessages+Ids") is { } ids
            ? ids.GetMembers().OfType<IFieldSymbol>().Select(f => (uint)f.ConstantValue!).ToHashSet()
            : new HashSet<uint>();

    private static List<(string Name, byte[] Bytes)> LoadSeeds()
    {
        var seeds = new List<(string, byte[])>
        {
            ("messages.md", File.ReadAllBytes(GeneratorHarness.MessagesMd)),
            ("formatmessage-vectors.md", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Tables", "formatmessage-vectors.md"))),
        };
        if (SharedCorpus.Folder is not null)
        {
            seeds.AddRange(SharedCorpus.FileNames()
                .Select(name => (name, File.ReadAllBytes(SharedCorpus.PathOf(name))))
                .Where(seed => seed.Item2.Length < 8_000)
                .Take(12));
        }

        return seeds;
    }

    /// <summary>The mutations, each a pure function of the file and two random numbers.</summary>
    private static class Mutations
    {
        private static readonly (string Name, Func<byte[], int, int, byte[]> Apply)[] s_all =
        {
            ("byte flip", (b, x, y) => Edit(b, x, bytes => bytes[x % bytes.Length] ^= (byte)(1 + (y % 255)))),
            ("truncation", (b, x, _) => b.AsSpan(0, b.Length == 0 ? 0 : x % b.Length).ToArray()),
            ("duplicated line", (b, x, _) => Lines(b, lines => lines.Insert(x % lines.Count, lines[x % lines.Count]))),
            ("removed line", (b, x, _) => Lines(b, lines => lines.RemoveAt(x % lines.Count))),
            ("swapped columns", (b, x, _) => Lines(b, lines => lines[x % lines.Count] = string.Join(" | ", lines[x % lines.Count].Split(" | ").Reverse()))),
            ("huge line", (b, x, y) => Lines(b, lines => lines.Insert(x % lines.Count, "0x" + (y % 0xFFFF).ToString("x8", CultureInfo.InvariantCulture) + " | " + string.Concat(Enumerable.Repeat("long %1 text ", 20_000))))),
            ("deep heading", (b, x, y) => Lines(b, lines => lines.Insert(x % lines.Count, new string('#', 3 + (y % 200)) + " 10.0.19041.1"))),
            ("non-UTF-8 bytes", (b, x, _) => Edit(b, x, null, new byte[] { 0xFF, 0xFE, 0xC3, 0x28, 0x80 })),
            ("empty file", (_, _, _) => Array.Empty<byte>()),
            ("only the module heading", (b, _, _) => Lines(b, lines => lines.RemoveRange(1, lines.Count - 1))),
        };

        public static int Count => s_all.Length;

        public static string Describe(int kind) => s_all[kind].Name;

        public static byte[] Apply(int kind, byte[] bytes, int a, int b) => bytes.Length == 0 ? bytes : s_all[kind].Apply(bytes, a, b);

        private static byte[] Edit(byte[] bytes, int at, Action<byte[]>? change, byte[]? insert = null)
        {
            byte[] copy = (byte[])bytes.Clone();
            change?.Invoke(copy);
            if (insert is null)
            {
                return copy;
            }

            int position = at % (copy.Length + 1);
            return copy.Take(position).Concat(insert).Concat(copy.Skip(position)).ToArray();
        }

        private static byte[] Lines(byte[] bytes, Action<List<string>> change)
        {
            var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
            change(lines);
            return Encoding.UTF8.GetBytes(string.Join("\n", lines));
        }
    }
}

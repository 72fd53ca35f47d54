using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using SstpGen.Cli;
using SstpGen.Cli.Layout;
using SstpGen.Cli.MessageTables;
using SstpGen.Model;
using SstpGen.Parsing;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// <c>sstpgen extract</c> on PE files nobody here wrote (../shared/pe): Microsoft's devcon.exe against mc.exe's own .bin,
/// Wine's modules against their .mc sources read by SstpGen's other front-end, the sstpsvc builds (UTF-16, ANSI, UTF-8,
/// MUI) against the seed table; merging into messages.md; languages; errors a user can act on.
/// </summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly TemporaryFolders _folders = new("sstpgen-");

    private static string Pe(string relative) => SharedPortableExecutables.PathOf(relative);

    private static SortedDictionary<uint, string> SeedNewestTable() =>
        ExistingTableFile.Parse("messages.md", File.ReadAllText(RepositoryPaths.File("messages.md"))).Sections[^1].Group.Table;

    [SkippableFact]
    public void Devcon_built_by_Microsofts_toolchain_extracts_to_mc_exes_texts_and_ids_under_its_own_version()
    {
        Skip.If(SharedPortableExecutables.Folder is null || SharedMessageCompilerSources.Folder is null, SharedPortableExecutables.SkipReason);
        ExtractedModule devcon = ModuleExtractor.Extract(Pe("devcon/devcon.exe"));
        SortedDictionary<uint, string> bin = MessageResourceData.Read(File.ReadAllBytes(SharedMessageCompilerSources.PathOf("devcon/MSG00001.bin")), Encoding.Latin1);

        Assert.Equal("devcon.exe", devcon.ModuleName);
        Assert.Equal(new Version(6, 3, 9600, 17336), devcon.FileVersion);
        Assert.Equal([0x409], devcon.Languages.Keys);
        Assert.Equal(154, bin.Count);
        Assert.Equal(bin, devcon.Languages[0x409]);
    }

    [SkippableTheory]
    [InlineData("sstpsvc/sstpsvc.dll", "10.0.26100.1")]            // UTF-16 entries
    [InlineData("sstpsvc/sstpsvc-utf8.dll", "10.0.26100.2")]       // UTF-8 entries (flag 2)
    [InlineData("sstpsvc/sstpsvc-ansi-x86.dll", "6.3.9600.16384")] // ANSI entries in code page 1252, PE32: 0x21's curly quotes
    [InlineData("sstpsvc/mui/sstpsvc.dll", "10.0.26100.1")]        // language-neutral: the table is in en-US/sstpsvc.dll.mui
    [InlineData("sstpsvc/mui/en-US/sstpsvc.dll.mui", "10.0.26100.1")]
    public void Every_build_of_sstpsvc_extracts_to_the_seeds_newest_table(string file, string version)
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        ExtractedModule module = ModuleExtractor.Extract(Pe(file));
        Assert.Equal(Version.Parse(version), module.FileVersion);
        Assert.Equal(SeedNewestTable(), module.Languages[0x409]);
        Assert.Contains("“Secure Socket Tunnelling Protocol (SSTP)”", module.Languages[0x409][0x21], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Wines_mferror_holds_what_the_message_compiler_front_end_reads_from_its_source_in_32_languages()
    {
        Skip.If(SharedPortableExecutables.Folder is null || SharedMessageCompilerSources.Folder is null, SharedPortableExecutables.SkipReason);
        ExtractedModule module = ModuleExtractor.Extract(Pe("wine/mferror.dll"), new Version(8, 0, 0, 0));
        var options = new TableOptions(null, "SstpEventId", "SstpMessages", "SstpWindowsVersion", IsPublic: true);
        string path = SharedMessageCompilerSources.PathOf("wine/mferror.mc");
        MessageTableModel table = MessageTableParser.Parse(new TableInput(path, "SstpMessages", File.ReadAllText(path), options, EquatableArray<DiagnosticInfo>.Empty), CancellationToken.None).Table!;
        SortedDictionary<uint, string> binary = module.Languages[0x409];

        // Every message of the source, with its text; Wine's wmc keeps the source's LF where mc.exe (and SstpGen's reader)
        // store CR LF, the one difference. The binary (Wine 8.0) is newer than the shared source: 101 messages to its 74.
        foreach (MessageModel message in table.Messages)
        {
            Assert.Equal(table.Templates[message.Latest.TemplateIndex].Template.Replace("\r\n", "\n"), binary[message.Id]);
        }

        Assert.Equal(74, table.Messages.Count);
        Assert.Equal(101, binary.Count);
        Assert.Equal(32, module.Languages.Count);
        Assert.All(module.Languages.Values, texts => Assert.Equal(binary.Count, texts.Count));
    }

    [SkippableFact]
    public void Wines_fsutil_a_64_bit_exe_extracts_in_17_languages()
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        ExtractedModule module = ModuleExtractor.Extract(Pe("wine/fsutil.exe"), new Version(8, 0, 0, 0));
        Assert.Equal(17, module.Languages.Count);
        Assert.StartsWith("- Supported Commands -\n\nhardlink", module.Languages[0x409][101], StringComparison.Ordinal);
        Assert.Equal(module.Languages[0x409].Keys, module.Languages[0x7].Keys);
    }

    [SkippableFact]
    public void Every_language_goes_to_its_own_culture_file_named_as_satellite_resources_are()
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        string folder = _folders.Create();
        string table = Path.Combine(folder, "messages.md");
        var (code, _, error) = Run("extract", Pe("nssm/nssm-messages.dll"), "--language", "all", "-o", table);

        Assert.True(code == 0, error);
        Assert.Equal(["messages.fr-FR.md", "messages.it-IT.md", "messages.md"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string file in Directory.GetFiles(folder))
        {
            ExistingTableFile written = ExistingTableFile.Parse(file, File.ReadAllText(file));
            Assert.Equal("nssm-messages.dll", written.ModuleName);
            Assert.Equal(129, Assert.Single(written.Sections).Group.Table.Count);   // 128 the .mc reader keeps, and the one it leaves out (SSTP008)
        }

        Assert.Contains("Mémoire", File.ReadAllText(Path.Combine(folder, "messages.fr-FR.md")), StringComparison.Ordinal);
        Assert.Equal(["fr-FR", "it-IT"], new[] { 0x40C, 0x410 }.Select(WindowsLanguages.CultureName));
        Assert.Equal(["de", "ro-x-8018", "zh-TW"], new[] { 0x7, 0x8018, 0x404 }.Select(WindowsLanguages.CultureName));
    }

    [SkippableFact]
    public void A_newer_build_with_the_newest_texts_joins_the_last_heading_and_nothing_else_changes()
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        string table = CopyOfMessagesMd(out string original);
        var (code, _, error) = Run("extract", Pe("sstpsvc/sstpsvc.dll"), "--into", table);

        Assert.True(code == 0, error);
        Assert.Equal(original.Replace("10.0.22000.1\n", "10.0.22000.1, 10.0.26100.1\n", StringComparison.Ordinal), File.ReadAllText(table));
        Assert.Equal(0, Run("extract", Pe("sstpsvc/sstpsvc.dll"), "--into", table).Code);     // already there with the same table: no change
        Assert.Equal(original.Replace("10.0.22000.1\n", "10.0.22000.1, 10.0.26100.1\n", StringComparison.Ordinal), File.ReadAllText(table));
    }

    [SkippableFact]
    public void Several_builds_in_one_run_are_grouped_by_version_into_one_new_table()
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        // Three encodings of the same texts (ANSI at 6.3.9600.16384, UTF-16 at 10.0.26100.1, UTF-8 at 10.0.26100.2): one
        // heading, its versions in numeric order whatever the order of the files.
        var (code, table, error) = Run("extract", Pe("sstpsvc/sstpsvc-utf8.dll"), Pe("sstpsvc/sstpsvc.dll"), Pe("sstpsvc/sstpsvc-ansi-x86.dll"), "--module-path", @"%SystemRoot%\system32\sstpsvc.dll");

        Assert.True(code == 0, error);
        Assert.StartsWith("## sstpsvc-utf8.dll\n\nPath: %SystemRoot%\\system32\\sstpsvc.dll\n\n### 6.3.9600.16384, 10.0.26100.1, 10.0.26100.2\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | ", table, StringComparison.Ordinal);
        Assert.Single(table.Split('\n'), line => line.StartsWith("### ", StringComparison.Ordinal));
        Assert.EndsWith("\\r\\n\n", table, StringComparison.Ordinal);
        Assert.Contains("note: sstpsvc.dll 10.0.26100.1 goes into the table of sstpsvc-utf8.dll", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_version_already_in_the_table_with_other_texts_is_refused_and_the_file_left_unchanged_unless_replaced()
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        string table = CopyOfMessagesMd(out string original);
        var (code, _, error) = Run("extract", Pe("sstpsvc/sstpsvc-ansi-x86.dll"), "--into", table);

        Assert.Equal(1, code);
        Assert.Contains("already has version 6.3.9600.16384 with another table", error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(table));

        Assert.Equal(0, Run("extract", Pe("sstpsvc/sstpsvc-ansi-x86.dll"), "--into", table, "--replace").Code);
        Assert.Contains("### 6.1.7600.16385, 6.2.9200.16384\n", File.ReadAllText(table), StringComparison.Ordinal);
        Assert.DoesNotContain("6.2.9200.16384, 6.3.9600.16384", File.ReadAllText(table), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_build_with_one_changed_text_in_the_middle_of_a_headings_versions_splits_that_heading()
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        // sstpsvc.dll patched in place: version 10.0.17000.0 (between 10.0.16299.15 and 10.0.17134.1), and one letter of
        // message 0x1's UTF-16 text changed ("initial" → "Initial").
        byte[] dll = File.ReadAllBytes(Pe("sstpsvc/sstpsvc.dll"));
        int fixedInfo = IndexOf(dll, BitConverter.GetBytes(0xFEEF04BDu));
        BitConverter.TryWriteBytes(dll.AsSpan(fixedInfo + 8), (10u << 16) | 0u);
        BitConverter.TryWriteBytes(dll.AsSpan(fixedInfo + 12), 17000u << 16);
        int text = IndexOf(dll, Encoding.Unicode.GetBytes("CoId=%1:The initial Secure Socket"));
        dll[text + ("CoId=%1:The ".Length * 2)] = (byte)'I';
        string patched = Path.Combine(_folders.Create(), "sstpsvc.dll");
        File.WriteAllBytes(patched, dll);
        string table = CopyOfMessagesMd(out string original);

        var (code, _, error) = Run("extract", patched, "--into", table);

        Assert.True(code == 0, error);
        string[] headings = File.ReadAllText(table).Split('\n').Where(line => line.StartsWith("### ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            ["### 6.1.7600.16385, 6.2.9200.16384, 6.3.9600.16384", "### 10.0.10586.0, 10.0.14393.0, 10.0.15063.0, 10.0.16299.15", "### 10.0.17000.0", "### 10.0.17134.1, 10.0.17763.1, 10.0.18362.1, 10.0.19041.1, 10.0.22000.1"],
            headings);
        Assert.Contains("0x00000001 | CoId=%1:The Initial Secure Socket", File.ReadAllText(table), StringComparison.Ordinal);
        Assert.StartsWith(original[..original.IndexOf("### 10.0.10586.0", StringComparison.Ordinal)], File.ReadAllText(table), StringComparison.Ordinal);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        int at = haystack.AsSpan().IndexOf(needle);
        return at >= 0 ? at : throw new InvalidOperationException("The fixture lacks the bytes to patch.");
    }

    [Fact]
    public void A_version_that_differs_in_the_middle_of_a_heading_splits_it_and_one_older_than_all_comes_first()
    {
        string original = File.ReadAllText(RepositoryPaths.File("messages.md"));
        ExistingTableFile existing = ExistingTableFile.Parse("messages.md", original);
        var changed = new SortedDictionary<uint, string>(existing.Sections[^1].Group.Table) { [0x1] = "Changed.\r\n" };
        string merged = TableMerger.Merge("messages.md", existing, new Dictionary<Version, SortedDictionary<uint, string>>
        {
            [new Version(10, 0, 17000, 0)] = changed,
            [new Version(6, 0, 6000, 16386)] = changed,
        }, replace: false);

        Assert.Equal(
            ["### 6.0.6000.16386", "### 6.1.7600.16385, 6.2.9200.16384, 6.3.9600.16384", "### 10.0.10586.0, 10.0.14393.0, 10.0.15063.0, 10.0.16299.15", "### 10.0.17000.0", "### 10.0.17134.1, 10.0.17763.1, 10.0.18362.1, 10.0.19041.1, 10.0.22000.1"],
            merged.Split('\n').Where(line => line.StartsWith("### ", StringComparison.Ordinal)));
        Assert.Contains(existing.Sections[0].Text, merged, StringComparison.Ordinal);     // the untouched heading byte for byte
        Assert.StartsWith(existing.Prefix + "### 6.0.6000.16386\n", merged, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_extracted_table_renders_through_the_generator_as_stored()
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        var (code, table, error) = Run("extract", Pe("sstpsvc/sstpsvc.dll"));
        Assert.True(code == 0, error);
        var (_, output) = GeneratorHarness.Run(TableFile.FromText("/t/sstpsvc.dll.md", table));
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        MethodInfo getTemplate = GeneratedAssembly.LoadMessagesClass(output).GetMethod("GetTemplate", [typeof(uint)])!;
        foreach (var (id, text) in ModuleExtractor.Extract(Pe("sstpsvc/sstpsvc.dll")).Languages[0x409])
        {
            Assert.Equal(text, (string?)getTemplate.Invoke(null, [id]));
        }
    }

    [SkippableTheory]
    [InlineData("nssm/nssm-messages.dll", 3)]
    [InlineData("wine/mferror.dll", 32)]
    [InlineData("wine/fsutil.exe", 17)]
    public void Every_language_renders_and_parses_through_the_generator_as_the_binary_stores_it(string file, int languages)
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        string folder = _folders.Create();
        var (code, _, error) = Run("extract", Pe(file), "--language", "all", "--file-version", "1.0.0.0", "-o", Path.Combine(folder, "messages.md"));
        Assert.True(code == 0, error);
        ExtractedModule module = ModuleExtractor.Extract(Pe(file), new Version(1, 0, 0, 0));
        Assert.Equal(languages, module.Languages.Count);

        // The table and its satellites, as a project's **/*.md glob lists them: one class, every language.
        TableFile[] files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(path => TableFile.FromText(path, File.ReadAllText(path))).ToArray();
        var (result, output) = GeneratorHarness.Run(files);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Type messages = GeneratedAssembly.LoadMessagesClass(output);
        Assert.Equal(languages, ((IReadOnlyList<string>)messages.GetProperty("Languages")!.GetValue(null)!).Count);

        var stored = new Dictionary<string, IReadOnlyDictionary<uint, string>>();
        foreach (var (langId, texts) in module.Languages)
        {
            string culture = WindowsLanguages.CultureName(langId);
            // A backslash before n (nssm writes "ImagePath!\nThis" literally) reads back as a line break: warned of, as the layout cannot say it.
            stored[culture] = texts.ToDictionary(
                text => text.Key,
                text => TableFileWriter.HasAmbiguousBackslash(text.Value) ? text.Value.Replace("\\r", "\r").Replace("\\n", "\n").Replace("\\t", "\t") : text.Value);
            foreach (var (id, text) in texts)
            {
                Assert.True(!TableFileWriter.HasAmbiguousBackslash(text) || error.Contains($"{culture} 0x{id:x8}: its text has a backslash", StringComparison.Ordinal));
            }
        }

        var (problems, count) = GeneratedAssembly.CheckEveryLanguage(messages, stored);
        Assert.Empty(problems);
        // Every text but those FormatMessage cannot render (nssm's "%2!" in each language and two of its translations').
        int unrenderable = stored.Values.Sum(texts => texts.Values.Count(text => TemplateParser.Parse(Unescaped.Verbatim(text), []) is null));
        Assert.Equal(stored.Values.Sum(texts => texts.Count) - unrenderable, count);
        Assert.Equal(file == "nssm/nssm-messages.dll" ? 6 : 0, unrenderable);
    }

    [SkippableFact]
    public void A_module_without_en_US_says_which_language_its_table_file_holds()
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        string folder = _folders.Create();
        // nssm's message DLL with its English table relabelled German (LANGID 0x409 → 0x407 in the resource directory).
        byte[] dll = File.ReadAllBytes(Pe("nssm/nssm-messages.dll"));
        RelabelMessageTableLanguage(dll, 0x409, 0x407);
        string german = Path.Combine(folder, "german.dll");
        File.WriteAllBytes(german, dll);

        var (code, _, error) = Run("extract", german, "--file-version", "1.0.0.0", "-o", Path.Combine(folder, "de.md"));
        Assert.True(code == 0, error);
        Assert.Contains($"sstpgen: note: {Path.Combine(folder, "de.md")} holds de-DE texts (the files have no en-US): give its item Language=\"de-DE\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", Run("extract", Pe("nssm/nssm-messages.dll"), "--file-version", "1.0.0.0", "-o", Path.Combine(folder, "nssm.md")).Error, StringComparison.Ordinal);
    }

    /// <summary>Renames the language entry <paramref name="from"/> of every RT_MESSAGETABLE resource to <paramref name="to"/>.</summary>
    private static void RelabelMessageTableLanguage(byte[] pe, int from, int to)
    {
        using var reader = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(pe));
        var rsrc = reader.PEHeaders.SectionHeaders.Single(h => h.Name == ".rsrc");
        int Offset(int rva) => rva - rsrc.VirtualAddress + rsrc.PointerToRawData;
        int root = Offset(reader.PEHeaders.PEHeader!.ResourceTableDirectory.RelativeVirtualAddress);
        IEnumerable<(int At, int Id, int Target)> Entries(int directory)
        {
            int count = BitConverter.ToUInt16(pe, directory + 12) + BitConverter.ToUInt16(pe, directory + 14);
            for (int e = 0; e < count; e++)
            {
                int at = directory + 16 + (8 * e);
                yield return (at, BitConverter.ToInt32(pe, at), BitConverter.ToInt32(pe, at + 4) & 0x7FFFFFFF);
            }
        }

        foreach (var type in Entries(root).Where(e => e.Id == 11))
        {
            foreach (var name in Entries(root + type.Target).ToList())
            {
                foreach (var language in Entries(root + name.Target).Where(e => e.Id == from).ToList())
                {
                    BitConverter.GetBytes(to).CopyTo(pe, language.At);
                }
            }
        }
    }

    [SkippableFact]
    public void Errors_say_what_is_wrong_with_which_file_and_never_show_a_stack_trace()
    {
        Skip.If(SharedPortableExecutables.Folder is null, SharedPortableExecutables.SkipReason);
        string folder = _folders.Create();

        AssertError(RepositoryPaths.File("README.md"), "not a PE file");
        AssertError(typeof(SstpGen.Cli.Program).Assembly.Location, "has no message table (RT_MESSAGETABLE), and is not a language-neutral module with .mui files: it has resources of type RT_VERSION");

        byte[] dll = File.ReadAllBytes(Pe("sstpsvc/sstpsvc.dll"));
        string truncated = Path.Combine(folder, "truncated.dll");
        File.WriteAllBytes(truncated, dll[..(dll.Length - 4096)]);
        AssertError(truncated, "truncated or corrupt");

        // A language-neutral module without its .mui, and with a .mui of another module.
        string neutral = Path.Combine(folder, "sstpsvc.dll");
        File.Copy(Pe("sstpsvc/mui/sstpsvc.dll"), neutral);
        AssertError(neutral, "is a language-neutral module, and no <culture>/sstpsvc.dll.mui was found");
        byte[] mui = File.ReadAllBytes(Pe("sstpsvc/mui/en-US/sstpsvc.dll.mui"));
        int signature = IndexOfMuiResource(mui);
        mui[signature + 44] ^= 0xFF;                                   // its checksum no longer the module's
        Directory.CreateDirectory(Path.Combine(folder, "en-US"));
        File.WriteAllBytes(Path.Combine(folder, "en-US", "sstpsvc.dll.mui"), mui);
        AssertError(neutral, "does not belong to");
        mui[signature + 44] ^= 0xFF;
        Directory.Move(Path.Combine(folder, "en-US"), Path.Combine(folder, "de-DE"));
        File.WriteAllBytes(Path.Combine(folder, "de-DE", "sstpsvc.dll.mui"), mui);
        AssertError(neutral, "its MUI resource says it is en-US, but it is in the folder of de-DE");

        Assert.Equal(2, Run("extract", neutral, "-o", "a.md", "--into", "b.md").Code);
        Assert.Equal(2, Run("extract", neutral, "--file-version", "1.2").Code);
        Assert.Equal(2, Run("extract", "--no-such-option", neutral).Code);
        Assert.Equal(0, Run("extract", "--help").Code);

        static void AssertError(string file, string expected)
        {
            var (code, output, error) = Run("extract", file);
            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.StartsWith("sstpgen: ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
    }

    private static int IndexOfMuiResource(byte[] file)
    {
        for (int i = 0; i + 20 <= file.Length; i += 4)
        {
            if (BitConverter.ToUInt32(file, i) == 0xFECDFECD && BitConverter.ToUInt32(file, i + 16) == 0x12)
            {
                return i;
            }
        }

        throw new InvalidOperationException("The .mui has no MUI resource.");
    }

    private string CopyOfMessagesMd(out string original)
    {
        original = File.ReadAllText(RepositoryPaths.File("messages.md"));
        string path = Path.Combine(_folders.Create(), "messages.md");
        File.WriteAllText(path, original);
        return path;
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = SstpGen.Cli.Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => _folders.Dispose();
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// Every real Message Compiler source in ../shared/mc through the generator as a build reads it (bytes decoded as the
/// compiler decodes AdditionalFiles): the code compiles with zero warnings, loads, renders every message by identifier,
/// and parses each rendering back to its message; and each file gets exactly the diagnostics its content calls for.
/// </summary>
public class MessageCompilerSourcesTests
{
    public static TheoryData<string> Files => new(SharedMessageCompilerSources.Files());

    /// <summary>
    /// The messages each file has (its MessageId statements, less the broken ones) and the diagnostics it gets: each id,
    /// with its count where it is 2 or more.
    /// </summary>
    private static readonly Dictionary<string, (int Messages, string Diagnostics)> s_expected = new()
    {
        ["devcon/msg.mc"] = (154, ""),
        ["easydynamicdns/EasyDynamicDNSMsg.mc"] = (5, ""),
        // nssm's NSSM_EVENT_OUT_OF_MEMORY ends "in %2!": a format spec FormatMessage never closes, so it fails on Windows
        // too (SSTP008). The cp1252 file has no BOM: the compiler decodes it as UTF-8, so its 106 French and Italian texts
        // with accents (counted from the bytes) arrive with U+FFFD in them and are left out (SSTP028); the English ones are all kept.
        ["nssm/messages.mc"] = (128, "SSTP008×3 SSTP028×106"),
        ["nssm/messages.utf16le.mc"] = (204, "SSTP008×4"),
        ["windows-classic-samples/GenCtrs.Mc"] = (5, ""),
        ["windows-classic-samples/Messages.mc"] = (10, ""),
        ["windows-driver-samples/Framework_WFPSamplerService_Msg.mc"] = (2, ""),
        ["windows-driver-samples/msg.mc"] = (154, ""),
        ["windows-driver-samples/pscrlog.mc"] = (8, ""),
        ["windows-driver-samples/serlog.mc"] = (45, ""),
        ["wine/fsutil.mc"] = (1, ""),
        ["wine/mferror.mc"] = (74, ""),
        // Four uses of Facility=Null and Facility=Dxgi: built into Wine's wmc, not mc.exe, and not declared in the file.
        ["wine/winerror.mc"] = (787, "SSTP026×4"),
    };

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Every_message_compiles_loads_renders_and_parses_back(string file)
    {
        Skip.If(file == SharedCorpus.Absent, SharedMessageCompilerSources.SkipReason);
        string path = SharedMessageCompilerSources.PathOf(file);
        var (result, output) = GeneratorHarness.Run(new TableFile(path, File.ReadAllBytes(path), TableFile.Marked));
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SSTP999");

        Type messages = GeneratedAssembly.LoadMessagesClass(output);
        Assert.Null(messages.GetMethod("GetFileVersion"));     // no Windows versions, no version API
        Assert.Empty(GeneratedAssembly.RenderEveryMessage(messages));
        var (problems, parsed, _) = GeneratedAssembly.ParseEveryMessage(messages);
        Assert.Empty(problems);

        (int count, string diagnostics) = s_expected[file];
        Assert.Equal(count, messages.GetNestedType("Ids")!.GetFields().Length);
        Assert.Equal(diagnostics, Summary(result.Diagnostics));
    }

    /// <summary>"SSTP027×2 SSTP028×64": each id, with its count where it is 2 or more.</summary>
    private static string Summary(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(" ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.Key : g.Key + "×" + g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SstpGen.Naming;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// The two golden pairs in ../shared/mc whose header and .bin the real mc.exe wrote: every identifier SstpGen gives a
/// message is mc.exe's (the header's <c>#define</c>, the .bin's block table), and every text it stores is the .bin's
/// text for that identifier, character for character.
/// </summary>
public class MessageCompilerGoldenTests
{
    public static TheoryData<string, string, string> Pairs() => new()
    {
        { "devcon/msg.mc", "devcon/msg.h", "devcon/MSG00001.bin" },
        { "easydynamicdns/EasyDynamicDNSMsg.mc", "easydynamicdns/EasyDynamicDNSMsg.h", "easydynamicdns/MSG00001.bin" },
    };

    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public void Identifiers_and_stored_texts_equal_what_mc_exe_wrote(string source, string header, string bin)
    {
        Skip.If(SharedMessageCompilerSources.Folder is null, SharedMessageCompilerSources.SkipReason);
        Type messages = Generate(source, out _);
        Dictionary<string, uint> defines = HeaderDefines(File.ReadAllText(SharedMessageCompilerSources.PathOf(header)));
        SortedDictionary<uint, string> stored = MessageResourceData.Read(File.ReadAllBytes(SharedMessageCompilerSources.PathOf(bin)), Encoding.Latin1);
        Dictionary<string, uint> ids = messages.GetNestedType("Ids")!.GetFields().ToDictionary(f => f.Name, f => (uint)f.GetRawConstantValue()!);
        MethodInfo getTemplate = messages.GetMethod("GetTemplate", [typeof(uint)])!;

        Assert.Equal(defines.Count, ids.Count);
        Assert.Equal(stored.Keys.Order(), ids.Values.Order());
        foreach ((string symbol, uint id) in defines)
        {
            Assert.True(ids.TryGetValue(SymbolicNames.ToCSharp(symbol), out uint ours), symbol + " has no member");
            Assert.Equal(id, ours);
            Assert.Equal(stored[id], (string?)getTemplate.Invoke(null, [id]));
        }
    }

    [SkippableFact]
    public void The_golden_pairs_cover_what_they_should()
    {
        Skip.If(SharedMessageCompilerSources.Folder is null, SharedMessageCompilerSources.SkipReason);
        // devcon: 154 messages with decimal ids from 60000, printf inserts and trailing blanks that mc.exe keeps.
        SortedDictionary<uint, string> devcon = MessageResourceData.Read(File.ReadAllBytes(SharedMessageCompilerSources.PathOf("devcon/MSG00001.bin")), Encoding.Latin1);
        Assert.Equal(154, devcon.Count);
        Assert.Contains(devcon.Values, text => text.Contains(" \r\n", StringComparison.Ordinal));
        // EasyDynamicDNS: Facility=Application is 0 in mc.exe's output (its documentation says 0xFFF).
        SortedDictionary<uint, string> easy = MessageResourceData.Read(File.ReadAllBytes(SharedMessageCompilerSources.PathOf("easydynamicdns/MSG00001.bin")), Encoding.Latin1);
        Assert.Equal([0x00000000u, 0x40000001u, 0x80000002u, 0xC0000003u, 0xC0000004u], easy.Keys);
    }

    internal static Type Generate(string source, out ImmutableDiagnostics diagnostics)
    {
        string path = SharedMessageCompilerSources.PathOf(source);
        var (result, output) = GeneratorHarness.Run(new TableFile(path, File.ReadAllBytes(path), TableFile.Marked));
        diagnostics = new ImmutableDiagnostics(result.Diagnostics.ToList());
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        return GeneratedAssembly.LoadMessagesClass(output);
    }

    /// <summary>Each <c>#define NAME ((TYPE)0x…L)</c> or <c>#define NAME 0x…L</c> of a header mc.exe wrote.</summary>
    private static Dictionary<string, uint> HeaderDefines(string header) =>
        Regex.Matches(header, @"^#define\s+(\w+)\s+(?:\(\(\w+\))?0x([0-9A-Fa-f]+)L\)?\s*$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => Convert.ToUInt32(m.Groups[2].Value, 16));
}

/// <summary>The generator's diagnostics of one run.</summary>
internal sealed record ImmutableDiagnostics(List<Diagnostic> All);

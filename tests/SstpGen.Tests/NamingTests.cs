using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>Member names stay unique and readable on big real tables, and ids that differ only by severity or facility stay apart.</summary>
public class NamingTests
{
    [Fact]
    public void Ids_that_differ_only_by_severity_or_facility_are_named_by_it()
    {
        const string table = """
            ## names.dll

            ### 1.0.0.0

            Message identifier | Message string
            --- | ---
            0x40010001 | The disk is full.\r\n
            0xc0010001 | The disk is full.\r\n
            0xc0020001 | The disk is full.\r\n
            0xc0020002 | The disk is full.\r\n
            """;
        Dictionary<uint, string> names = Names(TableFile.FromText("/t/names.md", table));

        Assert.Equal("DiskFull", names[0x40010001]);
        Assert.Equal("DiskFullError", names[0xc0010001]);
        Assert.Equal("DiskFullFacility2", names[0xc0020001]);
        Assert.Equal("DiskFullXC0020002", names[0xc0020002]);
    }

    [SkippableFact]
    public void Ntdll_status_names_become_pascal_case_and_thousands_of_names_stay_short_and_unique()
    {
        Skip.If(SharedCorpus.Folder is null, SharedCorpus.SkipReason);
        string path = SharedCorpus.PathOf("ntdll.dll.md");
        Dictionary<uint, string> names = Names(new TableFile(path, File.ReadAllBytes(path), new Dictionary<string, string>()));

        Assert.True(names.Count > 2000, $"{names.Count} names");
        Assert.Equal("StatusWait0", names[0x00000000]);
        Assert.Equal("StatusAbandonedWait63", names[0x000000BF]);
        Assert.Equal(names.Count, names.Values.Distinct().Count());
        // Most names come from words; the X<id> last resort is for messages whose texts are identical.
        Assert.InRange(names.Values.Count(n => System.Text.RegularExpressions.Regex.IsMatch(n, "X[0-9A-F]{8}$")), 0, names.Count / 40);
        Assert.InRange(names.Values.Average(n => n.Length), 10, 32);
    }

    private static Dictionary<uint, string> Names(TableFile table)
    {
        var (_, output) = GeneratorHarness.Run(table);
        INamedTypeSymbol ids = output.GetTypeByMetadataName("Consumer.SstpMessages+Ids")!;
        return ids.GetMembers().OfType<IFieldSymbol>().ToDictionary(f => (uint)f.ConstantValue!, f => f.Name);
    }
}

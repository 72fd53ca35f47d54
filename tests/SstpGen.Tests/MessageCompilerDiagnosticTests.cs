using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// Each problem the Message Compiler reader can meet, alone in a small source: its diagnostic, what it says, and where it
/// stands (line and column, 1-based as an editor shows them); the generated code still compiles.
/// </summary>
public class MessageCompilerDiagnosticTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // source, diagnostic, a piece of its message, where (line:column)
        { "= 1\n", "SSTP020", "'=' starts no statement", "1:1" },
        { "MessageId 1\n", "SSTP020", "'=' is missing after MessageId", "1:1" },
        { "MessageIdTypedef=(\n", "SSTP020", "MessageIdTypedef needs a type name", "1:18" },
        { "OutputBase=7\n", "SSTP022", "OutputBase", "1:12" },
        { "OutputBase=8\n", "SSTP022", "it must be 10 or 16", "1:12" },
        { "OutputBase=x\n", "SSTP022", "OutputBase", "1:12" },
        { "OutputBase=", "SSTP022", "OutputBase", "1:12" },
        { "Severity=Error\n", "SSTP020", "Severity= belongs to no message", "1:1" },
        { "MessageId=1 Severity=(\n", "SSTP020", "Severity= has no name after it", "1:22" },
        { "MessageId=1 Severity=", "SSTP020", "Severity= has no name after it", "1:22" },
        { "MessageId=1 Severity=\u00e9\n", "SSTP020", "Severity= has no name after it", "1:22" },
        { "MessageId=1 Severity=Fatal\nLanguage=English\nA\n.\n", "SSTP021", "'Fatal'", "1:22" },
        { "MessageId=+x\nLanguage=English\nA\n.\n", "SSTP022", "after '+' comes the number", "1:12" },
        { "MessageId=0xZZ\nLanguage=English\nA\n.\n", "SSTP022", "it must be a number in C syntax", "1:11" },
        { "MessageId=08\nLanguage=English\nA\n.\n", "SSTP022", "it must be a number in C syntax", "1:11" },
        { "MessageId=99999999999\nLanguage=English\nA\n.\n", "SSTP022", "it must be a number in C syntax", "1:11" },
        { "MessageId=0xFFFF\nLanguage=English\nA\n.\nMessageId=\nLanguage=English\nB\n.\n", "SSTP022", "0x10000 is over 0xFFFF", "5:1" },
        { "MessageId=1\nLanguage=(\nA\n.\n", "SSTP020", "Language= has no language name after it", "2:10" },
        { "Language=English\nText\n", "SSTP023", "the message that follows", "1:1" },
        { "Language=English\nText\n.\n", "SSTP020", "this text belongs to no message", "1:1" },
        { "SeverityNames=X\n", "SSTP020", "'(' is missing after SeverityNames", "1:1" },
        { "FacilityNames=(Net=0x12:FACILITY_NET\nMessageId=1 Facility=Net\nLanguage=English\nA\n.\n", "SSTP020", "the list of FacilityNames has no closing ')'", "1:1" },
        { "FacilityNames=(Net=0x12 + )\nMessageId=1\nLanguage=English\nA\n.\n", "SSTP020", "the list of FacilityNames has no closing ')'", "1:1" },
        { "FacilityNames=(Net 0x12)\n", "SSTP020", "'=' is missing after Net", "1:16" },
        { "SeverityNames=(Bad=9)\n", "SSTP022", "a severity is 0 to 3", "1:20" },
        { "SeverityNames=(Bad=9:BAD Good=1)\nMessageId=1 Severity=Good\nLanguage=English\nA\n.\n", "SSTP022", "a severity is 0 to 3", "1:20" },
        { "SeverityNames=(Bad=x)\n", "SSTP022", "it must be a number in C syntax (3, 0x3)", "1:20" },
        { "FacilityNames=(Net=0x12:)\n", "SSTP020", "':' after Net=0x12 has no name after it", "1:25" },
        { "FacilityNames=(Net=0x12:)\n", "SSTP020", "write name=value:SYMBOL", "1:25" },
        { "LanguageNames=(German=0x407:)\n", "SSTP020", "write name=langid:file", "1:29" },
        { "LanguageNames=(German=0x407)\n", "SSTP020", "the language German has no file name", "1:23" },
        { "LanguageNames=(German=0x407:MSG00407)\nMessageId=1\nLanguage=English\nA\n.\nMessageId=2\nLanguage=German\nB\n.\n", "SSTP025", "The message 0x00000002 has no text", "6:1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_problem_is_reported_where_it_stands_and_the_rest_still_compiles(string source, string id, string says, string where)
    {
        var (result, output) = GeneratorHarness.Run(TableFile.FromText("/t/events.mc", source, new Dictionary<string, string> { ["SstpMessageTable"] = "true" }));
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        IEnumerable<string> all = result.Diagnostics.Select(Describe);
        Diagnostic? found = result.Diagnostics.FirstOrDefault(d => d.Id == id && d.GetMessage().Contains(says, StringComparison.Ordinal));
        Assert.True(found is not null, $"no {id} saying \"{says}\"; got: {string.Join(" | ", all)}");
        var start = found.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(where, $"{start.Line + 1}:{start.Character + 1}");
    }

    /// <summary>After a problem the reader goes on where mc.exe would: the statements after it, and the message after it, as if it were not there.</summary>
    [Theory]
    [InlineData("= 1\nMessageId=1 SymbolicName=A\nLanguage=English\nA\n.\n", 1, 0x1u)]
    [InlineData("Severity=Error\nMessageId=1 SymbolicName=A\nLanguage=English\nA\n.\n", 1, 0x1u)]
    [InlineData("Facility=(\nMessageId=1 SymbolicName=A\nLanguage=English\nA\n.\n", 1, 0x1u)]
    [InlineData("SeverityNames=(Bad=9:BAD Good=1)\nMessageId=1 Severity=Good SymbolicName=A\nLanguage=English\nA\n.\n", 1, 0x40000001u)]
    [InlineData("OutputBase=16\nMessageId=1 SymbolicName=A\nLanguage=English\nA\n.\n", 0, 0x1u)]
    [InlineData("OutputBase=10\nMessageId=1 SymbolicName=A\nLanguage=English\nA\n.\n", 0, 0x1u)]
    // A message whose identifier cannot be read is left out (said once), and the next one is read.
    [InlineData("MessageId=5\nLanguage=English\nX\n.\nMessageId=+x SymbolicName=A\nLanguage=English\nA\n.\nMessageId= SymbolicName=B\nLanguage=English\nB\n.\n", 1, null)]
    [InlineData("MessageId=5\nLanguage=English\nX\n.\nMessageId=0xZZ SymbolicName=A\nLanguage=English\nA\n.\nMessageId= SymbolicName=B\nLanguage=English\nB\n.\n", 1, null)]
    public void After_a_problem_the_reader_goes_on_as_if_it_were_not_there(string source, int problems, uint? idOfA)
    {
        var (result, output) = GeneratorHarness.Run(TableFile.FromText("/t/events.mc", source, new Dictionary<string, string> { ["SstpMessageTable"] = "true" }));

        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        Assert.True(problems == result.Diagnostics.Length, string.Join(" | ", result.Diagnostics.Select(Describe)));
        var ids = GeneratedAssembly.LoadMessagesClass(output).GetNestedType("Ids")!.GetFields().ToDictionary(f => f.Name, f => (uint)f.GetRawConstantValue()!);
        Assert.Equal(idOfA, ids.TryGetValue("A", out uint id) ? id : null);
        if (source.Contains("SymbolicName=B", StringComparison.Ordinal))
        {
            Assert.Equal(6u, ids["B"]);
        }
    }

    [Fact]
    public void A_source_with_no_messages_is_a_table_of_none_in_English()
    {
        var (result, output) = GeneratorHarness.Run(TableFile.FromText("/t/events.mc", "; nothing yet\n", new Dictionary<string, string> { ["SstpMessageTable"] = "true" }));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
    }

    private static string Describe(Diagnostic d)
    {
        var start = d.Location.GetLineSpan().StartLinePosition;
        return $"{d.Id} {start.Line + 1}:{start.Character + 1} {d.GetMessage()}";
    }
}

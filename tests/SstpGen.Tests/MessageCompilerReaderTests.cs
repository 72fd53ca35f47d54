using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Naming;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>The Message Compiler reader: mc.exe's syntax, identifiers and stored texts, and each problem at its line and column.</summary>
public class MessageCompilerReaderTests
{
    private static readonly string MalformedPath = Path.Combine(AppContext.BaseDirectory, "Tables", "malformed.mc");

    [Fact]
    public void Malformed_source_reports_each_problem_at_its_line_and_column_and_keeps_every_valid_message()
    {
        var (result, output) = GeneratorHarness.Run(new TableFile(MalformedPath, File.ReadAllBytes(MalformedPath), TableFile.Marked));
        Snapshot.Verify("malformed-mc.diagnostics", DiagnosticText.Format(result.Diagnostics), "txt");
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        Assert.Equal(["MsgGood", "MsgWineFacility"], Ids(output).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0xC87A0004u, Ids(output)["MsgWineFacility"]);
    }

    [Theory]
    // Keywords and names without case, several statements on a line, spaces around '=', comments between.
    [InlineData("messageid = 0x7 severity = warning facility = system symbolicname = X\nlanguage = english\nText\n.\n", 0x80FF0007u, "Text\r\n")]
    // No value: the previous code of the facility plus one; +n adds n; severity and facility carry over.
    [InlineData("MessageId=5 Severity=Error Facility=System\nLanguage=English\nA\n.\nMessageId=\nLanguage=English\nB\n.\n", 0xC0FF0006u, "B\r\n")]
    [InlineData("MessageId=5\nLanguage=English\nA\n.\nMessageId=+10\nLanguage=English\nB\n.\n", 15u, "B\r\n")]
    // C numbers: hexadecimal, octal after a leading 0.
    [InlineData("MessageId=010\nLanguage=English\nA\n.\n", 8u, "A\r\n")]
    // Every line stored with CR LF, whatever the file's line ends; an empty line as LF alone; ';' lines and escapes in a text are text.
    [InlineData("MessageId=1\r\nLanguage=English\r\nOne\r\n\r\n; two\\n%n\r\n.\r\n", 1u, "One\r\n\n; two\\n%n\r\n")]
    [InlineData("MessageId=1\rLanguage=English\rOne  \r.", 1u, "One  \r\n")]
    // A declared facility; the built-in Application is 0, as mc.exe writes it.
    [InlineData("FacilityNames=(\n  Net=0x12:FACILITY_NET\n)\nMessageId=3 Facility=Net Severity=Informational\nLanguage=English\nA\n.\n", 0x40120003u, "A\r\n")]
    [InlineData("MessageId=3 Facility=Application Severity=Error\nLanguage=English\nA\n.\n", 0xC0000003u, "A\r\n")]
    public void Identifiers_and_texts_are_what_mc_exe_writes(string source, uint id, string stored)
    {
        Compilation output = Generate(source, out List<Diagnostic> diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Type messages = GeneratedAssembly.LoadMessagesClass(output);
        Assert.Equal(stored, (string?)messages.GetMethod("GetTemplate", [typeof(uint)])!.Invoke(null, [id]));
    }

    [Fact]
    public void The_customer_bit_option_sets_bit_29_as_mc_c_does()
    {
        var options = new Dictionary<string, string> { ["SstpMessageTable"] = "true", ["CustomerBit"] = "true" };
        var (_, output) = GeneratorHarness.Run(TableFile.FromText("/t/events.mc", "MessageId=1 Severity=Error SymbolicName=E\nLanguage=English\nA\n.\n", options));
        Assert.Equal(0xE0000001u, Ids(output)["E"]);
    }

    [Fact]
    public void Other_languages_are_generated_and_English_is_the_default_wherever_it_stands()
    {
        const string source = "LanguageNames=(German=0x407:MSG00407)\nMessageId=1 SymbolicName=HELLO\nLanguage=German\nHallo\n.\nLanguage=English\nHello\n.\nMessageId=2 SymbolicName=BYE\nLanguage=German\nTschuess\n.\nLanguage=English\nBye\n.\n";
        Compilation output = Generate(source, out List<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        Type messages = GeneratedAssembly.LoadMessagesClass(output);
        Assert.Equal("Hello\r\n", (string?)messages.GetMethod("GetTemplate", [typeof(uint)])!.Invoke(null, [1u]));
        Assert.Equal("Bye\r\n", (string?)messages.GetMethod("GetTemplate", [typeof(uint)])!.Invoke(null, [2u]));
        MethodInfo inCulture = messages.GetMethod("GetTemplate", [typeof(uint), typeof(CultureInfo)])!;
        Assert.Equal("Hallo\r\n", (string?)inCulture.Invoke(null, [1u, new CultureInfo("de-DE")]));
        Assert.Equal(["en-US", "de-DE"], (IReadOnlyList<string>)messages.GetProperty("Languages")!.GetValue(null)!);
    }

    [Fact]
    public void A_source_without_English_renders_its_first_language()
    {
        Compilation output = Generate("LanguageNames=(French=0x40C:MSG0040C)\nMessageId=1 SymbolicName=HELLO\nLanguage=French\nBonjour\n.\n", out List<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal("Bonjour\r\n", (string?)GeneratedAssembly.LoadMessagesClass(output).GetMethod("GetTemplate", [typeof(uint)])!.Invoke(null, [1u]));
    }

    [SkippableFact]
    public void A_cp1252_file_the_project_decodes_as_1252_keeps_every_language()
    {
        Skip.If(SharedMessageCompilerSources.Folder is null, SharedMessageCompilerSources.SkipReason);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string path = SharedMessageCompilerSources.PathOf("nssm/messages.mc");
        // What <CodePage>1252</CodePage> makes the compiler hand the generator.
        var text = new InMemoryAdditionalText(path, File.ReadAllBytes(path), Encoding.GetEncoding(1252));
        GeneratorDriver driver = GeneratorHarness.CreateDriver([text], new Dictionary<string, IReadOnlyDictionary<string, string>> { [path] = TableFile.Marked })
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Consumer("class C { }"), out Compilation output, out _);
        // A format spec never closed: FormatMessage cannot render it, in English (one message, whose translations are left
        // out with it) and in three other texts of the translations (each language falling back for its message).
        Assert.Equal(Enumerable.Repeat("SSTP008", 4), driver.GetRunResult().Diagnostics.Select(d => d.Id));
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
    }

    [Theory]
    [InlineData("MSG_COMMAND_ERR", "MsgCommandErr")]
    [InlineData("ERROR_SUCCESS", "ErrorSuccess")]
    [InlineData("TUNNEL_IPv6_ROUTE_FAILED", "TunnelIPv6RouteFailed")]
    [InlineData("NSSM_EVENT_OUT_OF_MEMORY", "NssmEventOutOfMemory")]
    [InlineData("_LEADING__DOUBLE_", "LeadingDouble")]
    [InlineData("MSG_2ND_TRY", "Msg2ndTry")]
    [InlineData("AlreadyPascal", "AlreadyPascal")]
    [InlineData("lower_case", "LowerCase")]
    [InlineData("E", "E")]
    [InlineData("___", "___")]
    public void Symbolic_names_become_CSharp_names_by_one_rule(string symbolic, string expected)
    {
        Assert.Equal(expected, SymbolicNames.ToCSharp(symbolic));
    }

    [Fact]
    public void A_symbolic_name_that_is_no_C_identifier_gets_SSTP012_at_its_place_and_the_message_a_name_from_its_text()
    {
        Compilation output = Generate("MessageId=1 SymbolicName=1ST_ERROR\nLanguage=English\nThe disk is full.\n.\n", out List<Diagnostic> diagnostics);
        Diagnostic invalid = Assert.Single(diagnostics);
        Assert.Equal("SSTP012", invalid.Id);
        Assert.Equal(new LinePositionSpan(new LinePosition(0, 25), new LinePosition(0, 34)), invalid.Location.GetLineSpan().Span);
        Assert.Equal(["DiskFull"], Ids(output).Keys);
    }

    [Fact]
    public void Two_symbolic_names_that_convert_alike_get_SSTP011_and_the_second_a_derived_name()
    {
        Compilation output = Generate("MessageId=1 SymbolicName=MSG_FOO_BAR\nLanguage=English\nFirst text.\n.\nMessageId=2 SymbolicName=MSG_FOOBAR\nLanguage=English\nSecond text.\n.\nMessageId=3 SymbolicName=Msg_Foo_Bar\nLanguage=English\nThird.\n.\n", out List<Diagnostic> diagnostics);
        Assert.Equal(["SSTP011"], diagnostics.Select(d => d.Id));
        Assert.Equal(3, Ids(output).Count);
    }

    [Fact]
    public void The_symbolic_name_is_in_the_docs_a_search_finds()
    {
        var (result, _) = GeneratorHarness.Run(TableFile.FromText("/t/events.mc", "MessageId=1 SymbolicName=MSG_FOO_BAR\nLanguage=English\nText.\n.\n"));
        string all = string.Concat(result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Equal(4, all.Split("<c>MSG_FOO_BAR</c>").Length - 1);    // enum member, Ids, Templates, format method
    }

    /// <summary>The compiler binds a chain of calls by recursion: a typed method of 3,000 printf calls in a row overflowed its stack.</summary>
    [Fact]
    public void A_text_of_thousands_of_printf_conversions_compiles_and_renders_through_its_program()
    {
        string text = string.Concat(Enumerable.Repeat("[%1!d!]", 3_000));
        Compilation output = Generate("MessageId=1 SymbolicName=MANY\nLanguage=English\n" + text + "\n.\n", out _);
        Type messages = GeneratedAssembly.LoadMessagesClass(output);
        string rendered = (string)messages.GetMethod("FormatMany")!.Invoke(null, [42])!;
        Assert.Equal(string.Concat(Enumerable.Repeat("[42]", 3_000)) + "\r\n", rendered);
    }

    internal static Compilation Generate(string source, out List<Diagnostic> diagnostics)
    {
        var (result, output) = GeneratorHarness.Run(TableFile.FromText("/t/events.mc", source));
        diagnostics = result.Diagnostics.ToList();
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        return output;
    }

    private static Dictionary<string, uint> Ids(Compilation output) =>
        GeneratedAssembly.LoadMessagesClass(output).GetNestedType("Ids")!.GetFields().ToDictionary(f => f.Name, f => (uint)f.GetRawConstantValue()!);
}

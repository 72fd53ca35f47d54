using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Naming;
using SstpGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SstpGen.Tests;

/// <summary>
/// Every identifier of the generated code is decided once (Naming/TableNamer) and is unique in its scope: pins
/// that collide with derived names, older texts' constants, manifest short names or generated members compile,
/// or are reported where they are written and still compile.
/// </summary>
public class NameDecisionTests(ITestOutputHelper output)
{
    private static readonly long Cases = long.TryParse(Environment.GetEnvironmentVariable("SSTPGEN_PROPERTY_ITERATIONS"), out long n) ? n : 40;

    [Fact]
    public void A_name_is_at_most_200_characters_whatever_the_text_and_a_longer_pin_is_reported()
    {
        // Metadata refuses a name of over 1,023 bytes: a text of one long word must still compile.
        string word = new string('x', 5_000);
        string pin = "P" + new string('q', 200);
        string table = $"""
            ## long.dll

            ### 10.0.19041.1

            Message identifier | Message string | Symbolic name
            --- | --- | ---
            0x00000001 | {word} happened.\r\n |
            0x00000002 | {word} happened again.\r\n |
            0x00000003 | Pinned.\r\n | {pin}
            """;
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/long.md", table));
        Assert.Equal(["SSTP012"], result.Diagnostics.Select(d => d.Id));
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        string[] names = GeneratedAssembly.LoadMessagesClass(compiled).GetNestedType("Ids")!.GetFields().Select(f => f.Name).ToArray();
        Assert.Equal(3, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.InRange(name.Length, 1, 200));
    }

    [Fact]
    public void A_pin_equal_to_an_older_texts_constant_name_keeps_both_constants_apart()
    {
        const string table = """
            ## pins.dll

            ### 6.1.7600.16385

            Message identifier | Message string | Symbolic name
            --- | --- | ---
            0x00000001 | The old text.\r\n | Foo

            ### 10.0.22000.1

            Message identifier | Message string | Symbolic name
            --- | --- | ---
            0x00000001 | The new text.\r\n | Foo
            0x00000002 | Another message.\r\n | Foo_Windows7
            """;
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/pins.md", table));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        Type messages = GeneratedAssembly.LoadMessagesClass(compiled);
        Type templates = messages.GetNestedType("Templates")!;
        Assert.Equal("Another message.\r\n", templates.GetField("Foo_Windows7")!.GetRawConstantValue());
        Assert.Equal("The old text.\r\n", templates.GetField("Foo_Windows7_2")!.GetRawConstantValue());
        Assert.Equal("The new text.\r\n", templates.GetField("Foo")!.GetRawConstantValue());
    }

    [Fact]
    public void A_pin_equal_to_another_keywords_short_name_keeps_both_keywords_apart()
    {
        const string table = """
            ## keywords.dll

            ### 10.0.19041.1

            Message identifier | Message string | Symbolic name
            --- | --- | ---
            0x10000031 | A\r\n |
            0x10000032 | B\r\n | A
            """;
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/keywords.md", table));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        Type manifest = GeneratedAssembly.LoadMessagesClass(compiled).GetNestedType("Manifest")!;
        Type keywords = manifest.GetNestedType("Keywords")!;
        Assert.Equal("B", keywords.GetField("A")!.GetRawConstantValue());          // the pin, as pinned
        Assert.Equal("A", keywords.GetField("KeywordA")!.GetRawConstantValue());   // the derived short name was taken: the full name
        Assert.Equal(1UL << 0x31 - 1, manifest.GetNestedType("KeywordMasks")!.GetField("KeywordA")!.GetRawConstantValue());
    }

    [Fact]
    public void Names_of_the_generated_code_are_pinned_as_written_where_they_take_no_place_of_its_own()
    {
        // Data, Renderer and Core are members of the messages class, but a message name lives in Ids, Templates and the
        // enum, and its typed method is FormatData: no scope has them twice.
        const string table = """
            ## core.dll

            ### 10.0.19041.1

            Message identifier | Message string | Symbolic name
            --- | --- | ---
            0x00000001 | The core service started.\r\n | Core
            0x00000002 | The data is %1.\r\n | Data
            0x00000003 | Rendered.\r\n | Renderer
            """;
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/core.md", table));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        Type messages = GeneratedAssembly.LoadMessagesClass(compiled);
        Assert.Equal("The core service started.\r\n", messages.GetMethod("FormatCore", Type.EmptyTypes)!.Invoke(null, null));
        Assert.Equal("The data is 42.\r\n", messages.GetMethod("FormatData", [typeof(string)])!.Invoke(null, ["42"]));
        Assert.Equal(3u, messages.GetNestedType("Ids")!.GetField("Renderer")!.GetValue(null));
    }

    [Fact]
    public void A_pipe_inside_the_message_stays_in_the_message_when_the_table_has_extra_columns()
    {
        const string table = """
            ## pipes.dll

            ### 10.0.19041.1

            Message identifier | Message string | Symbolic name | Insert names
            --- | --- | --- | ---
            0x00000001 | Usage: tool </? | /h> %1\r\n | UsageShown | topic
            """;
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/pipes.md", table));
        Assert.Empty(result.Diagnostics);
        Type messages = GeneratedAssembly.LoadMessagesClass(compiled);
        Assert.Equal("Usage: tool </? | /h> %1\r\n", messages.GetNestedType("Templates")!.GetField("UsageShown")!.GetRawConstantValue());
        Assert.Equal("topic", messages.GetMethod("FormatUsageShown", [typeof(string)])!.GetParameters().Single().Name);
    }

    [Fact]
    public void Insert_names_pin_parameters_in_insert_order_and_the_columns_may_come_in_either_order()
    {
        const string table = """
            ## inserts.dll

            ### 10.0.19041.1

            Message identifier | Message string | Insert names | Symbolic name
            --- | --- | --- | ---
            0x00000001 | CoId=%1: the call to %3 failed with %2.\r\n | CoId, ErrorMessage, URL | CallFailed
            0x00000002 | Server %1 port %2.\r\n | , Port |
            """;
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/inserts.md", table));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        Type messages = GeneratedAssembly.LoadMessagesClass(compiled);
        Assert.Equal(["coId", "errorMessage", "url"], messages.GetMethod("FormatCallFailed", [typeof(string), typeof(string), typeof(string)])!.GetParameters().Select(p => p.Name));
        Assert.Equal(["insert1", "port"], messages.GetMethods().Single(m => m.Name.StartsWith("FormatServer", StringComparison.Ordinal) && m.GetParameters().Length == 2).GetParameters().Select(p => p.Name));
    }

    [Fact]
    public void Insert_names_the_method_cannot_declare_are_reported_and_named_after_the_text()
    {
        const string table = """
            ## inserts.dll

            ### 10.0.19041.1

            Message identifier | Message string | Insert names
            --- | --- | ---
            0x00000001 | URL: %1 user: %2 port: %3\r\n | version, Same, same
            """;
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/inserts.md", table));
        Assert.Equal(
            ["SSTP018 (7,46): it is a name the generated method uses itself", "SSTP018 (7,61): another insert of the message has that name"],
            result.Diagnostics.Select(d => $"{d.Id} ({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): " + d.GetMessage(CultureInfo.InvariantCulture).Split(": ")[1].Split(';')[0]));
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        Type messages = GeneratedAssembly.LoadMessagesClass(compiled);
        Assert.Equal(["url", "same", "port"], messages.GetMethods().Single(m => m.Name.StartsWith("Format", StringComparison.Ordinal) && m.GetParameters().Length == 3 && m.GetParameters().All(p => p.ParameterType == typeof(string))).GetParameters().Select(p => p.Name));
    }

    [Theory]
    [InlineData("The detailed error message is provided below. Correct the problem and try again. ", "errorMessage")]
    [InlineData("The detailed error message is given at the end of this message. ", "errorMessage")]
    [InlineData("The detailed information on the error is given below.", "errorInformation")]
    [InlineData("Additional details are shown below:\r\n", "details")]
    [InlineData("The reason follows. ", "reason")]
    [InlineData("Correct the problem and try again. ", null)]
    [InlineData("See the end of the log. ", null)]
    [InlineData("Everything below this line was logged by the driver. ", null)]
    public void The_sentence_that_says_what_follows_names_an_unlabelled_insert(string text, string? expected)
    {
        Assert.Equal(expected, InsertParameterNamer.Described(text));
    }

    [Fact]
    public void A_sentence_names_the_first_unlabelled_insert_after_it_even_past_a_labelled_one()
    {
        const string table = """
            ## described.dll

            ### 10.0.19041.1

            Message identifier | Message string
            --- | ---
            0x00000001 | The URL could not be secured. The detailed error message is given at the end of this message.%n%nURL: %1%n%n%2\r\n
            0x00000002 | The detailed error message is provided below.%n%1 then %2\r\n
            """;
        var (_, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/described.md", table));
        Type messages = GeneratedAssembly.LoadMessagesClass(compiled);
        string[] Parameters(uint id) => messages.GetMethods()
            .Single(m => m.Name == "Format" + messages.GetMethod("GetName")!.Invoke(null, [id]) && m.GetParameters().Length == 2)
            .GetParameters().Select(p => p.Name!).ToArray();
        Assert.Equal(["url", "errorMessage"], Parameters(1));
        Assert.Equal(["errorMessage", "insert2"], Parameters(2));     // one sentence names one insert
    }

    [Theory]
    [InlineData("stopped", "stop")]
    [InlineData("planned", "plan")]
    [InlineData("committed", "commit")]
    [InlineData("added", "add")]
    [InlineData("erred", "err")]
    [InlineData("logged", "log")]
    [InlineData("mapped", "map")]
    [InlineData("called", "call")]
    [InlineData("configured", "configure")]
    [InlineData("opened", "open")]
    [InlineData("copied", "copy")]
    [InlineData("sent", "send")]
    [InlineData("found", "find")]
    public void Lemma_gives_the_verb_of_a_participle(string participle, string verb)
    {
        Assert.Equal(verb, MessageNamer.Lemma(participle));
    }

    [Theory]
    [InlineData("The driver could not open the configuration file.\r\n", "ConfigurationFileOpenFailed")]
    [InlineData("The service was not able to find the certificate.\r\n", "CertificateNotFound")]
    [InlineData("The user profile could not be added.\r\n", "UserProfileAddFailed")]
    [InlineData("The handshake has failed.\r\n", "HandshakeFailed")]
    [InlineData("The certificate is missing.\r\n", "CertificateMissing")]
    [InlineData("The certificates do not match.\r\n", "CertificatesMismatch")]
    [InlineData("The request is not supported.\r\n", "RequestNotSupported")]
    [InlineData("CoId=%1: The connection was terminated.\r\n", "ConnectionTerminated")]
    [InlineData("STATUS_WAIT_0\r\n", "StatusWait0")]
    [InlineData("Disk quota exceeded (for the user's home folder).\r\n", "DiskQuotaExceeded")]
    public void A_message_is_named_the_way_a_person_would_name_the_event(string text, string expected)
    {
        string table = "## one.dll\n\n### 10.0.19041.1\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | " + text.Replace("\r\n", "\\r\\n", StringComparison.Ordinal) + "\n";
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/one.md", table));
        Assert.Empty(result.Diagnostics);
        INamedTypeSymbol ids = compiled.GetTypeByMetadataName("Consumer.SstpMessages+Ids")!;
        Assert.Equal(expected, ids.GetMembers().OfType<IFieldSymbol>().Single().Name);
    }

    [Fact]
    public void Pins_built_to_collide_compile_or_are_reported_where_they_are_written()
    {
        // Names chosen to clash: derived names of the texts below, older-text constants, manifest short and full
        // names, names the generated code declares, names that differ only by case, and non-identifiers.
        string[] pins =
        [
            "", "DiskFull", "DiskFull_Windows7", "diskFull", "DISKFULL", "A", "KeywordA", "B", "Classic", "KeywordClassic",
            "ChannelSystem", "System", "ProviderName", "Ids", "Templates", "Manifest", "Keywords", "KeywordMasks", "Channels",
            "value__", "ToString", "Equals", "Core", "Format", "SstpEventId", "SstpMessages", "SstpWindowsVersion", "Event1",
            "Renderers", "RenderChunk0", "Windows7", "9lives", "class",
        ];
        string[] texts = ["The disk is full.", "A", "B", "Classic", "System", "Disk full: %1", "%1", "Core", "Ids"];
        uint[] kinds = [0x00000000, 0x10000000, 0x50000000, 0x90000000, 0xD0000000, 0xB0000000];
        Gen<(uint Id, int Text, int OldText, int Pin, int InsertPin, bool Old)> row = Gen.Select(
            Gen.Int[0, kinds.Length - 1], Gen.Int[1, 40], Gen.Int[0, texts.Length - 1], Gen.Int[0, texts.Length - 1], Gen.Int[0, pins.Length - 1], Gen.Int[0, pins.Length - 1], Gen.Bool,
            (kind, low, text, oldText, pin, insertPin, old) => (kinds[kind] | (uint)low, text, oldText, pin, insertPin, old));
        int ran = 0;
        row.Array[1, 14].Sample(
            rows =>
            {
                string content = Table(rows.DistinctBy(r => r.Id).ToList(), texts, pins);
                var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/collide.md", content));
                Assert.Null(result.Results.Single().Exception);
                Assert.All(result.Diagnostics, d => Assert.True(d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile, d.ToString()));
                Assert.All(result.Diagnostics, d => Assert.True(d.Location.GetLineSpan().StartLinePosition.Line > 0, d.ToString()));
                Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled).Select(d => d.ToString()));
                System.Threading.Interlocked.Increment(ref ran);
            },
            seed: PrintfSpecTests.Seed,
            iter: Cases,
            threads: 1,
            print: rows => Table(rows.DistinctBy(r => r.Id).ToList(), texts, pins));
        output.WriteLine($"{ran} tables of colliding pins checked");
    }

    private static string Table(List<(uint Id, int Text, int OldText, int Pin, int InsertPin, bool Old)> rows, string[] texts, string[] pins)
    {
        static string Row((uint Id, int Text, int OldText, int Pin, int InsertPin, bool Old) r, string text, string[] pins) =>
            $"0x{r.Id:x8} | {text}\\r\\n | {pins[r.Pin]} | {pins[r.InsertPin]}";
        const string header = "Message identifier | Message string | Symbolic name | Insert names\n--- | --- | --- | ---\n";
        return "## collide.dll\n\n### 6.1.7600.16385\n\n" + header
            + string.Join("\n", rows.Where(r => r.Old).Select(r => Row(r, texts[r.OldText], pins)))
            + "\n\n### 10.0.22000.1\n\n" + header
            + string.Join("\n", rows.Select(r => Row(r, texts[r.Text], pins))) + "\n";
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using SstpGen.Tests.Languages;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// A table of several languages: Tables/languages/demo.md (en-US, versions 1.0 and 2.0) with demo.de.md (both
/// versions), demo.de-AT.md (2.0, one message) and demo.fr-FR.md (2.0, texts that read their inserts otherwise), listed
/// by one glob in this project and generated into <see cref="DemoMessages"/>.
/// </summary>
public class LanguageTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo Austrian = CultureInfo.GetCultureInfo("de-AT");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public void The_satellites_beside_a_table_are_its_languages_in_ordinal_order_after_the_default()
    {
        Assert.Equal(["en-US", "de", "de-AT", "fr-FR"], DemoMessages.Languages);
        Assert.Equal("en-US", DemoMessages.DefaultLanguage);
        Assert.Equal(["en-US", "de", "de-AT", "fr-FR"], DemoMessages.GetLanguages(DemoMessages.Ids.HelloAgain));
        Assert.Equal(["en-US", "de", "fr-FR"], DemoMessages.GetLanguages(DemoMessages.Ids.CountOf));
        Assert.Equal(["en-US"], DemoMessages.GetLanguages(DemoMessages.Ids.OnlyInEnglish));
        Assert.Empty(DemoMessages.GetLanguages(0x12345678));
    }

    [Fact]
    public void Without_a_culture_everything_renders_the_default_language_as_before()
    {
        Assert.Equal("Hello Ada, again.\r\n", DemoMessages.FormatHelloAgain("Ada"));
        Assert.Equal("Hello Ada, again.\r\n", DemoMessages.Format(DemoEventId.HelloAgain, "Ada"));
        Assert.Equal("Hello %1, again.\r\n", DemoMessages.GetTemplate(DemoMessages.Ids.HelloAgain));
        Assert.Equal("Hello Ada.\r\n", DemoMessages.FormatHelloAgain(DemoVersion.Build1_0_0, "Ada"));
    }

    [Fact]
    public void A_culture_falls_back_to_its_parents_then_to_the_default_language_one_message_at_a_time()
    {
        // de-AT has its own text of HelloAgain; CountOf only in de (its parent); OnlyInEnglish only in en-US.
        Assert.Equal("de-AT", DemoMessages.GetLanguage(Austrian));
        Assert.Equal("Servus Ada.\r\n", DemoMessages.FormatHelloAgain(Austrian, "Ada"));
        Assert.Equal("Anzahl 3 von Ada.\r\n", DemoMessages.FormatCountOf(Austrian, 3, "Ada"));
        Assert.Equal("Only in English.\r\n", DemoMessages.FormatOnlyInEnglish(Austrian));
        Assert.Equal(("de-AT", "de", "en-US", null), (DemoMessages.GetLanguage(DemoMessages.Ids.HelloAgain, Austrian), DemoMessages.GetLanguage(DemoMessages.Ids.CountOf, Austrian),
            DemoMessages.GetLanguage(DemoMessages.Ids.OnlyInEnglish, Austrian), DemoMessages.GetLanguage(0x12345678, Austrian)));

        // de-DE and de-CH are not in the table: their parent de is.
        Assert.Equal("de", DemoMessages.GetLanguage(German));
        Assert.Equal("Hallo Ada.\r\n", DemoMessages.FormatHelloAgain(German, "Ada"));
        Assert.Equal("Hallo Ada.\r\n", DemoMessages.FormatHelloAgain(CultureInfo.GetCultureInfo("de-CH"), "Ada"));

        // A culture the table lacks, and the invariant culture, render the default language.
        foreach (CultureInfo other in new[] { CultureInfo.GetCultureInfo("ja-JP"), CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("en-GB") })
        {
            Assert.Equal("en-US", DemoMessages.GetLanguage(other));
            Assert.Equal("Hello Ada, again.\r\n", DemoMessages.FormatHelloAgain(other, "Ada"));
        }

        Assert.Throws<ArgumentNullException>(() => DemoMessages.GetTemplate(DemoMessages.Ids.HelloAgain, (CultureInfo)null!));
    }

    [Fact]
    public void By_identifier_and_by_version_a_culture_renders_that_version_s_text_in_its_language()
    {
        Assert.True(DemoMessages.TryFormat(DemoMessages.Ids.HelloAgain, Austrian, ["Ada"], out string? message));
        Assert.Equal("Servus Ada.\r\n", message);
        Assert.Equal("Anzahl 7 von x.\r\n", DemoMessages.Format(DemoEventId.CountOf, German, "7", "x"));
        Assert.Equal("Hallo %1.\r\n", DemoMessages.GetTemplate(DemoEventId.HelloAgain, German));
        Assert.False(DemoMessages.TryFormat(0x12345678, German, [], out _));
        Assert.False(DemoMessages.TryFormat(DemoMessages.Ids.CountOf, German, ["1"], out _));     // too few inserts

        // de-AT has no 1.0 text: version 1.0 falls back to de, 2.0 is de-AT's.
        Assert.Equal("Hallo Ada.\r\n", DemoMessages.FormatHelloAgain(DemoVersion.Build1_0_0, Austrian, "Ada"));
        Assert.Equal("Servus Ada.\r\n", DemoMessages.FormatHelloAgain(DemoVersion.Build2_0_0, Austrian, "Ada"));
        Assert.Equal("Hello Ada.\r\n", DemoMessages.Format(DemoEventId.HelloAgain, DemoVersion.Build1_0_0, French, "Ada"));
        Assert.True(DemoMessages.TryFormat(DemoMessages.Ids.HelloAgain, DemoVersion.Build2_0_0, French, ["a", "b", "c"], out message));
        Assert.Equal("Bonjour a et c.\r\n", message);
        Assert.Equal("Servus %1.\r\n", DemoMessages.GetTemplate(DemoMessages.Ids.HelloAgain, DemoVersion.Build2_0_0, Austrian));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoMessages.GetTemplate(DemoMessages.Ids.HelloAgain, (DemoVersion)9, Austrian));
    }

    [Fact]
    public void Threads_rendering_in_different_cultures_at_once_each_get_their_own_language()
    {
        CultureInfo[] cultures = [Austrian, German, French, CultureInfo.InvariantCulture];
        string[] expected = ["Servus 7.\r\n", "Hallo 7.\r\n", "Bonjour 7 et (null).\r\n", "Hello 7, again.\r\n"];
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        System.Threading.Tasks.Parallel.For(0, 20_000, i =>
        {
            string rendered = DemoMessages.FormatHelloAgain(cultures[i % 4], "7");
            if (rendered != expected[i % 4])
            {
                wrong.Add(cultures[i % 4].Name + ": " + rendered);
            }
        });
        Assert.Empty(wrong);
    }

    [Fact]
    public void A_translation_that_reads_its_inserts_otherwise_renders_right_by_identifier_and_is_reported()
    {
        // fr-FR reads %1 of CountOf as text where en-US reads a number: the typed method passes it as its text.
        Assert.Equal("Nombre 42 sur x.\r\n", DemoMessages.FormatCountOf(French, 42, "x"));
        Assert.Equal("Nombre -1 sur x.\r\n", DemoMessages.FormatCountOf(DemoVersion.Build2_0_0, French, -1, "x"));
        // fr-FR's HelloAgain reads a %3 no en-US text reads: the typed method has no parameter for it.
        Assert.Equal("Bonjour a et (null).\r\n", DemoMessages.FormatHelloAgain(French, "a"));

        var (result, _) = GeneratorHarness.Run(DemoFiles());
        Diagnostic[] differences = result.Diagnostics.Where(d => d.Id == "SSTP032").ToArray();
        Assert.Equal(2, differences.Length);
        Assert.All(differences, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(differences, d => Assert.EndsWith("demo.fr-FR.md", d.Location.GetLineSpan().Path, StringComparison.Ordinal));
        Assert.Equal([6, 7], differences.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).Order());
        Assert.Contains("reads %3, which no en-US text of it reads", differences.Single(d => d.Location.GetLineSpan().StartLinePosition.Line == 6).GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("reads %1 as a string where the en-US text reads it as a int", differences.Single(d => d.Location.GetLineSpan().StartLinePosition.Line == 7).GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rendered_text_parses_back_to_its_message_culture_and_versions()
    {
        Assert.True(DemoMessages.TryParse("Servus Ada.\r\n", DemoMessages.MessageParseOptions.Exact, out DemoMessages.MessageMatch? match));
        Assert.Equal((DemoMessages.Ids.HelloAgain, "de-AT", "Ada"), (match!.Id, match.Culture, match.Inserts[0]));
        Assert.Equal([DemoVersion.Build2_0_0], match.Versions);

        Assert.True(DemoMessages.TryParse("Hallo Ada.", DemoMessages.MessageParseOptions.None, out match));
        Assert.Equal("de", match!.Culture);
        Assert.Equal([DemoVersion.Build1_0_0, DemoVersion.Build2_0_0], match.Versions);

        Assert.True(DemoMessages.TryParse("Hello Ada.\r\n", DemoMessages.MessageParseOptions.Exact, out match));
        Assert.Equal("en-US", match!.Culture);
        Assert.Equal([DemoVersion.Build1_0_0], match.Versions);

        Assert.True(DemoMessages.TryParse("Anzahl 3 von 4.\r\n", out uint id, out string?[] inserts));
        Assert.Equal((DemoMessages.Ids.CountOf, "3", "4"), (id, inserts[0], inserts[1]));
        Assert.Contains(DemoMessages.ParseAll("Nombre 1 sur 2."), m => m.Culture == "fr-FR" && m.Id == DemoMessages.Ids.CountOf);
    }

    [Fact]
    public void Satellites_that_do_not_fit_their_table_are_reported_where_they_are_and_left_out()
    {
        TableFile[] files =
        [
            .. DemoFiles(),
            TableFile.FromText("/p/other.de.md", "## other.dll\n\n### 1.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Eins.\\r\\n\n"),
            TableFile.FromText("/p/demo.it-IT.md", "## elsewhere.dll\n\n### 2.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Ciao %1.\\r\\n\n"),
            TableFile.FromText("/p/demo.nl.md", "### 2.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Hallo %1, weer.\\r\\n\n"),
            TableFile.FromText("/p/demo.en-US.md", "## demo.dll\n\n### 2.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Hi %1.\\r\\n\n"),
            TableFile.FromText("/p/demo.DE.md", "## demo.dll\n\n### 2.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Tag %1.\\r\\n\n"),
            TableFile.FromText("/p/demo.es-ES.md", "## demo.dll\n\n### 9.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Hola %1.\\r\\n\n\n### 2.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Hola %1.\\r\\n\n0x00000009 | Nada.\\r\\n\n"),
        ];
        var (result, output) = GeneratorHarness.Run(files);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        string Where(string id) => string.Join(" ", result.Diagnostics.Where(d => d.Id == id).Select(d => Path.GetFileName(d.Location.GetLineSpan().Path) + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1)));
        Assert.Equal("other.de.md:1", Where("SSTP029"));
        Assert.Equal("demo.it-IT.md:1", Where("SSTP030"));
        Assert.Equal("demo.es-ES.md:7", Where("SSTP033"));
        Assert.Equal("demo.es-ES.md:14", Where("SSTP031"));
        Assert.Equal("demo.de.md:1 demo.en-US.md:1", Where("SSTP034"));
        Assert.Equal("demo.nl.md:1", Where("SSTP001"));     // a satellite's missing heading, as its table's would be; its texts are used     // of two files of one culture, the first by ordinal path wins: demo.DE.md
        Assert.Contains("This en-US table is not used: 'demo.md' already has en-US texts (its own texts)", result.Diagnostics.Single(d => d.Id == "SSTP034" && d.Location.GetLineSpan().Path.EndsWith("en-US.md", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("'other.de.md' is named as the de table of 'other.md'", result.Diagnostics.Single(d => d.Id == "SSTP029").GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        Type messages = GeneratedAssembly.LoadMessagesClass(output, "Consumer.DemoMessages");
        Assert.Equal(["en-US", "de", "de-AT", "es-ES", "fr-FR", "nl"], (IReadOnlyList<string>)messages.GetProperty("Languages")!.GetValue(null)!);
    }

    [Fact]
    public void A_message_whose_default_text_is_left_out_has_its_error_there_and_no_translation()
    {
        // "%2!" never closed: FormatMessage cannot render it (SSTP008); its translation adds nothing to report.
        var (markdown, _) = GeneratorHarness.Run(
            TableFile.FromText("/p/t.md", "## t.dll\n\n### 1.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Bad %2!\\r\\n\n0x00000002 | Good.\\r\\n\n"),
            TableFile.FromText("/p/t.de.md", "## t.dll\n\n### 1.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Schlecht %2.\\r\\n\n0x00000002 | Gut.\\r\\n\n"));
        Assert.Equal(["/p/t.md SSTP008"], markdown.Diagnostics.Select(d => d.Location.GetLineSpan().Path + " " + d.Id));

        const string source = "LanguageNames=(German=0x407:MSG00407)\nMessageId=1 SymbolicName=BAD\nLanguage=English\nBad %2!\n.\nLanguage=German\nSchlecht %2.\n.\nMessageId=2 SymbolicName=GOOD\nLanguage=English\nGood.\n.\nLanguage=German\nGut.\n.\n";
        var (mc, output) = GeneratorHarness.Run(TableFile.FromText("/p/t.mc", source));
        Assert.Equal(["SSTP008"], mc.Diagnostics.Select(d => d.Id));
        Assert.Equal(["en-US", "de-DE"], (IReadOnlyList<string>)GeneratedAssembly.LoadMessagesClass(output).GetProperty("Languages")!.GetValue(null)!);
    }

    [Fact]
    public void The_Language_option_names_the_default_language_and_makes_a_culture_named_file_a_table_of_its_own()
    {
        var german = new Dictionary<string, string> { ["Language"] = "de-de" };
        var (result, output) = GeneratorHarness.Run(
            TableFile.FromText("/p/alone.de-DE.md", "## alone.dll\n\n### 1.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Eins.\\r\\n\n", german),
            TableFile.FromText("/p/alone.de-DE.fr-FR.md", "## alone.dll\n\n### 1.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | Un.\\r\\n\n"));
        Assert.Empty(result.Diagnostics);
        Type messages = GeneratedAssembly.LoadMessagesClass(output);
        Assert.Equal(["de-DE", "fr-FR"], (IReadOnlyList<string>)messages.GetProperty("Languages")!.GetValue(null)!);

        var (invalid, _) = GeneratorHarness.Run(TableFile.FromText("/p/t.md", "## t.dll\n\n### 1.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | A.\\r\\n\n", new Dictionary<string, string> { ["Language"] = "German" }));
        Assert.Equal("SSTP013", Assert.Single(invalid.Diagnostics).Id);
    }

    [Fact]
    public void A_file_name_with_a_dot_that_is_no_culture_is_a_table_of_its_own()
    {
        var (result, output) = GeneratorHarness.Run(
            TableFile.FromText("/p/sstpsvc.dll.md", File.ReadAllText(GeneratorHarness.MessagesMd)),
            TableFile.FromText("/p/notes.v2.md", "## notes.dll\n\n### 1.0.0.0\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | A.\\r\\n\n", new Dictionary<string, string> { ["ClassName"] = "Notes", ["EnumName"] = "NoteId", ["VersionEnumName"] = "NoteVersion" }));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity > DiagnosticSeverity.Info);
        Assert.Null(GeneratedAssembly.LoadMessagesClass(output).GetProperty("Languages"));
        Assert.NotNull(GeneratedAssembly.LoadMessagesClass(output, "Consumer.Notes"));
    }

    [Fact]
    public void The_CultureApi_option_gives_a_table_of_one_language_the_culture_API_so_code_compiles_before_translations_come()
    {
        var (result, output) = GeneratorHarness.Run(TableFile.FromText("/p/messages.md", File.ReadAllText(GeneratorHarness.MessagesMd), new Dictionary<string, string> { ["CultureApi"] = "true" }));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity > DiagnosticSeverity.Info);
        Type messages = GeneratedAssembly.LoadMessagesClass(output);
        Assert.Equal(["en-US"], (IReadOnlyList<string>)messages.GetProperty("Languages")!.GetValue(null)!);
        object?[] arguments = [1u, CultureInfo.GetCultureInfo("de-DE"), new string?[] { "x", "y" }, null];
        Assert.True((bool)messages.GetMethod("TryFormat", [typeof(uint), typeof(CultureInfo), typeof(string?[]), typeof(string).MakeByRefType()])!.Invoke(null, arguments)!);
        Assert.StartsWith("CoId=x:The initial Secure Socket Tunneling Protocol request", (string)arguments[3]!, StringComparison.Ordinal);
        Assert.Empty(GeneratedAssembly.RenderEveryMessage(messages));

        var (invalid, _) = GeneratorHarness.Run(TableFile.FromText("/p/messages.md", File.ReadAllText(GeneratorHarness.MessagesMd), new Dictionary<string, string> { ["CultureApi"] = "yes" }));
        Assert.Contains(invalid.Diagnostics, d => d.Id == "SSTP013");
    }

    [Fact]
    public void The_readme_s_culture_api_example_compiles_against_sstpsvc_with_CultureApi()
    {
        string readme = File.ReadAllText(RepositoryPaths.File("README.md"));
        int start = readme.IndexOf("```csharp\nvar austrian", StringComparison.Ordinal);
        Assert.True(start >= 0, "README's Languages section has no culture example");
        start += "```csharp\n".Length;
        string example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        string code = "using System; using System.Collections.Generic; using System.Globalization;\nnamespace Consumer { static class Example { static void Run(string coId, string sha1, string sha256, string?[] inserts, uint id, string text)\n{\n"
            + example + "}\n} }\n";
        var (result, output) = GeneratorHarness.Run(TableFile.FromText("/p/messages.md", File.ReadAllText(GeneratorHarness.MessagesMd), new Dictionary<string, string> { ["CultureApi"] = "true" }));
        Compilation withExample = output.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions));
        Assert.Empty(withExample.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    /// <summary>The demo table and its satellites as in-memory files with the options this project gives them (namespace aside).</summary>
    private static TableFile[] DemoFiles()
    {
        var options = new Dictionary<string, string> { ["ClassName"] = "DemoMessages", ["EnumName"] = "DemoEventId", ["VersionEnumName"] = "DemoVersion" };
        string folder = Path.Combine(AppContext.BaseDirectory, "Tables", "languages");
        return Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(path => TableFile.FromText("/p/" + Path.GetFileName(path), File.ReadAllText(path), options)).ToArray();
    }
}

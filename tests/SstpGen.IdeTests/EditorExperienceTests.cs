using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Tags;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SstpGen.IdeTests;

/// <summary>What a user of an editor built on Roslyn (Visual Studio, VS Code's C# extension) meets: the generated documents, the table's diagnostics, hover, completion, and edits.</summary>
public class EditorExperienceTests
{
    private const string Code = """
        namespace Consumer;

        internal static class Use
        {
            internal static string Render() =>
                SstpMessages.FormatVpnConnectionTerminated(coId: "1", sha1CertificateHash: "2", sha256CertificateHash: "3") + SstpEventId.VpnConnectionTerminated;
        }
        """;

    [Fact]
    public async Task The_generated_documents_are_there_with_their_hint_names_and_compile_cleanly()
    {
        using IdeWorkspace ide = IdeWorkspace.Open(Code);
        Dictionary<string, string> sources = await ide.GeneratedSourcesAsync();
        Assert.Equal(["Consumer.SstpEventId.g.cs", "Consumer.SstpMessages.g.cs", "Consumer.SstpWindowsVersion.g.cs"], sources.Keys.Order(StringComparer.Ordinal));
        Compilation compilation = (await ide.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public async Task The_tables_diagnostics_are_at_the_markdown_files_line_and_column()
    {
        string sstpsvc = IdeWorkspace.Sstpsvc;
        int row = sstpsvc.IndexOf("0x00000004 | ", StringComparison.Ordinal);
        string table = sstpsvc.Remove(row, 10).Insert(row, "0x0000004");     // the first table's row only
        using IdeWorkspace ide = IdeWorkspace.Open(Code, table);
        ImmutableArray<Diagnostic> diagnostics = await ide.GeneratorDiagnosticsAsync();

        Diagnostic invalid = Assert.Single(diagnostics, d => d.Id == "SSTP005");
        FileLinePositionSpan span = invalid.Location.GetLineSpan();
        Assert.Equal(IdeWorkspace.TablePath, span.Path);
        int line = table.Split('\n').ToList().FindIndex(l => l.StartsWith("0x0000004 | ", StringComparison.Ordinal));
        Assert.Equal(new LinePosition(line, 0), span.StartLinePosition);
        Assert.Equal(new LinePosition(line, 9), span.EndLinePosition);
        Assert.All(diagnostics.Where(d => d.Id == "SSTP010"), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Theory]
    [InlineData("SstpEventId.VpnConnectionTerminated", "VpnConnectionTerminated", "0x00000006: CoId=%1:The SSTP-based VPN connection")]
    [InlineData("SstpMessages.FormatVpnConnectionTerminated", "FormatVpnConnectionTerminated", "CoId=%1:The SSTP-based VPN connection to the remote access server was terminated because of a security check failure.")]
    public async Task Hover_shows_the_message_text_and_the_windows_versions_readably(string expression, string word, string text)
    {
        using IdeWorkspace ide = IdeWorkspace.Open(Code);
        string hover = await QuickInfoAsync(ide, Code.IndexOf(expression, StringComparison.Ordinal) + expression.IndexOf(word, StringComparison.Ordinal) + 2);

        Assert.Contains(text, hover, StringComparison.Ordinal);
        Assert.Contains("all 12 versions (Windows 7 to Windows 11 version 21H2)", hover, StringComparison.Ordinal);
        AssertReadable(hover);
    }

    [Fact]
    public async Task Hover_on_the_typed_methods_text_keeps_its_line_breaks_and_on_a_parameter_says_which_insert_it_is()
    {
        using IdeWorkspace ide = IdeWorkspace.Open(Code);
        string method = await QuickInfoAsync(ide, Code.IndexOf("FormatVpnConnectionTerminated", StringComparison.Ordinal) + 3);
        Assert.Matches("relay the following information:\r?\n", method);
        Assert.Matches("SHA1 Certificate Hash: %2\r?\nSHA256 Certificate Hash: %3", method);

        string parameter = await QuickInfoAsync(ide, Code.IndexOf("sha1CertificateHash:", StringComparison.Ordinal) + 3);
        Assert.Contains("sha1CertificateHash", parameter, StringComparison.Ordinal);
        Assert.Contains("Insert %2: SHA1 Certificate Hash", parameter, StringComparison.Ordinal);
        AssertReadable(parameter);
    }

    [Fact]
    public async Task Completion_offers_the_typed_methods_and_every_event()
    {
        const string partial = "namespace Consumer;\nclass C\n{\n    void M()\n    {\n        _ = SstpMessages.;\n        _ = SstpEventId.;\n    }\n}\n";
        using IdeWorkspace ide = IdeWorkspace.Open(partial);

        ImmutableArray<CompletionItem> messages = await CompletionsAsync(ide, partial.IndexOf("SstpMessages.", StringComparison.Ordinal) + "SstpMessages.".Length);
        Assert.Contains(messages, i => i.DisplayText == "FormatVpnConnectionTerminated");
        Assert.Contains(messages, i => i.DisplayText == "TryFormat");
        Assert.Equal(27, messages.Count(i => i.DisplayText.StartsWith("Format", StringComparison.Ordinal) && i.DisplayText != "Format"));

        ImmutableArray<CompletionItem> events = await CompletionsAsync(ide, partial.IndexOf("SstpEventId.", StringComparison.Ordinal) + "SstpEventId.".Length);
        Assert.Equal(27, events.Count(i => i.Tags.Contains(WellKnownTags.EnumMember)));
        Assert.Contains(events, i => i.DisplayText == "VpnConnectionTerminated");
    }

    [Fact]
    public async Task Editing_code_leaves_the_tables_output_alone_and_editing_the_table_updates_it()
    {
        using IdeWorkspace ide = IdeWorkspace.Open(Code);
        Dictionary<string, string> before = await ide.GeneratedSourcesAsync();
        GeneratorRunResult first = (await ide.RunResultAsync())!.Results.Single();

        ide.EditCode(Code + "\nclass Another { }\n");
        Assert.Equal(before, await ide.GeneratedSourcesAsync());

        // The generator ran again for the new compilation, and its outputs are the very texts of the first run:
        // the table's step stayed cached (a re-emit would make new texts).
        GeneratorRunResult afterCodeEdit = (await ide.RunResultAsync())!.Results.Single();
        Assert.Equal(first.GeneratedSources.Length, afterCodeEdit.GeneratedSources.Length);
        Assert.All(first.GeneratedSources.Zip(afterCodeEdit.GeneratedSources), pair => Assert.Same(pair.First.SourceText, pair.Second.SourceText));

        ide.EditTable(IdeWorkspace.Sstpsvc.Replace("relay the following information", "send them the following information", StringComparison.Ordinal));
        Dictionary<string, string> after = await ide.GeneratedSourcesAsync();
        Assert.Contains("send them the following information", after["Consumer.SstpMessages.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("relay the following information", after["Consumer.SstpMessages.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_metadata_in_the_workspace_options_reaches_the_generator()
    {
        using IdeWorkspace ide = IdeWorkspace.Open("namespace Consumer; class C { string M() => VpnMessages.FormatNegotiationFailed(\"x\"); }", itemMetadata: "build_metadata.AdditionalFiles.ClassName = VpnMessages\n");
        Assert.Contains("Consumer.VpnMessages.g.cs", (await ide.GeneratedSourcesAsync()).Keys);
        Compilation compilation = (await ide.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_message_compiler_source_gets_its_documents_diagnostics_hover_and_updates_in_the_editor()
    {
        const string path = "/consumer/service-events.mc";
        const string metadata = "build_metadata.AdditionalFiles.ClassName = ServiceMessages\nbuild_metadata.AdditionalFiles.EnumName = ServiceEventId\n";
        const string code = "namespace Consumer;\nstatic class Use\n{\n    static string M() => ServiceMessages.FormatMsgServiceStarted(\"x\", \"y\") + ServiceEventId.MsgServiceFailed;\n}\n";
        using IdeWorkspace ide = IdeWorkspace.Open(code, IdeWorkspace.ServiceEvents, metadata, path);

        // No Windows versions, so no version enum; the code compiles cleanly.
        Assert.Equal(["Consumer.ServiceEventId.g.cs", "Consumer.ServiceMessages.g.cs"], (await ide.GeneratedSourcesAsync()).Keys.Order(StringComparer.Ordinal));
        Compilation compilation = (await ide.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));

        // Hover finds the member by the name mc.exe's header uses, with its text.
        string hover = await QuickInfoAsync(ide, code.IndexOf("MsgServiceFailed", StringComparison.Ordinal) + 3);
        Assert.Contains("MSG_SERVICE_FAILED", hover, StringComparison.Ordinal);
        Assert.Contains("The %1 service failed with error %2", hover, StringComparison.Ordinal);
        AssertReadable(hover);

        // The German block is generated: hover on the typed method shows the default language's text and names the
        // other languages, and the culture overload is there to call.
        string methodHover = await QuickInfoAsync(ide, code.IndexOf("FormatMsgServiceStarted", StringComparison.Ordinal) + 3);
        Assert.Contains("The %1 service started (version %2).", methodHover, StringComparison.Ordinal);
        Assert.Contains("In en-US (this text), de-DE", methodHover, StringComparison.Ordinal);
        AssertReadable(methodHover);
        Assert.Contains((await CompletionsAsync(ide, code.IndexOf("FormatMsgServiceStarted", StringComparison.Ordinal))), c => c.DisplayText == "Languages");
        Assert.Empty(await ide.GeneratorDiagnosticsAsync());

        // An edit that breaks a statement gets its error at the .mc's line and column, and the rest of the file is still emitted.
        string broken = IdeWorkspace.ServiceEvents.Replace("MessageId=+1 Severity=Error", "MessageId=+1 Severity=Fatal", StringComparison.Ordinal);
        ide.EditTable(broken);
        Diagnostic unknown = Assert.Single(await ide.GeneratorDiagnosticsAsync(), d => d.Id == "SSTP021");
        int line = broken.Split('\n').ToList().FindIndex(l => l.StartsWith("MessageId=+1 Severity=Fatal", StringComparison.Ordinal));
        Assert.Equal(new LinePosition(line, "MessageId=+1 Severity=".Length), unknown.Location.GetLineSpan().StartLinePosition);
        Dictionary<string, string> after = await ide.GeneratedSourcesAsync();
        Assert.Contains("MsgServiceStarted", after["Consumer.ServiceMessages.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("MsgServiceFailed", after["Consumer.ServiceEventId.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Satellites_saved_beside_a_table_add_their_languages_and_hover_names_them()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Tables", "languages");
        const string code = "namespace Consumer;\nstatic class Use\n{\n    static string M() => SstpMessages.FormatHelloAgain(\"x\");\n}\n";
        using IdeWorkspace ide = IdeWorkspace.Open(code, File.ReadAllText(Path.Combine(folder, "demo.md")), tablePath: "/consumer/demo.md");
        Assert.Null((await ide.Project.GetCompilationAsync())!.GetTypeByMetadataName("Consumer.SstpMessages")!.GetMembers("Languages").FirstOrDefault());

        // The user saves two satellites beside the table (a glob lists them): the culture API appears, no diagnostic.
        ide.AddAdditionalFile("/consumer/demo.de.md", File.ReadAllText(Path.Combine(folder, "demo.de.md")));
        ide.AddAdditionalFile("/consumer/demo.de-AT.md", File.ReadAllText(Path.Combine(folder, "demo.de-AT.md")));
        Assert.Empty(await ide.GeneratorDiagnosticsAsync());
        Assert.Contains("internal const string Languages = \"en-US de de-AT\";", (await ide.GeneratedSourcesAsync())["Consumer.SstpMessages.g.cs"], StringComparison.Ordinal);

        string hover = await QuickInfoAsync(ide, code.IndexOf("FormatHelloAgain", StringComparison.Ordinal) + 3);
        Assert.Contains("Hello %1, again.", hover, StringComparison.Ordinal);
        Assert.Contains("In en-US (this text), de, de-AT", hover, StringComparison.Ordinal);
        AssertReadable(hover);
        Assert.Contains(await CompletionsAsync(ide, code.IndexOf("FormatHelloAgain", StringComparison.Ordinal)), c => c.DisplayText == "GetLanguages");
    }

    private static async Task<string> QuickInfoAsync(IdeWorkspace ide, int position)
    {
        Document document = ide.Code;
        QuickInfoItem? item = await QuickInfoService.GetService(document)!.GetQuickInfoAsync(document, position);
        Assert.NotNull(item);
        return string.Join("\n", item.Sections.Select(s => s.Text));
    }

    private static async Task<ImmutableArray<CompletionItem>> CompletionsAsync(IdeWorkspace ide, int position)
    {
        Document document = ide.Code;
        CompletionList list = await CompletionService.GetService(document)!.GetCompletionsAsync(document, position);
        return list.ItemsList.ToImmutableArray();
    }

    /// <summary>Text a person reads: no XML markup, entities or C# escapes shown as characters.</summary>
    private static void AssertReadable(string hover)
    {
        foreach (string raw in new[] { "<br", "<para", "</", "&lt;", "&amp;", "&gt;", "\\r", "\\n", "\\u" })
        {
            Assert.DoesNotContain(raw, hover, StringComparison.Ordinal);
        }
    }
}

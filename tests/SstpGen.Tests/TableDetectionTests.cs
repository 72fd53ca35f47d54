using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// Which AdditionalFiles are message tables: an item marked <c>SstpMessageTable="true"</c> (every
/// <c>SstpMessageTable</c> item) whatever its extension; never one marked <c>"false"</c>; otherwise a <c>.md</c>
/// file only if it has the layout's header row. Any other file is left alone, without a diagnostic, and never
/// takes a table's type names.
/// </summary>
public class TableDetectionTests
{
    private static readonly Dictionary<string, string> s_none = new();

    private static string Sstpsvc => File.ReadAllText(GeneratorHarness.MessagesMd);

    private const string Readme = "# Contoso VPN tools\n\nSee `messages.md` for the events.\n\n| Column | Meaning |\n| --- | --- |\n| a | b |\n";

    [Fact]
    public void A_readme_beside_the_table_is_left_alone_and_takes_no_names()
    {
        var (result, compiled) = GeneratorHarness.Run(
            new TableFile("/p/README.md", Encoding.UTF8.GetBytes(Readme), s_none),
            new TableFile("/p/messages.md", Encoding.UTF8.GetBytes(Sstpsvc), TableFile.Marked));

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.GetLineSpan().Path == "/p/README.md");
        Assert.Equal(3, result.Results.Single().GeneratedSources.Length);
        Assert.NotNull(compiled.GetTypeByMetadataName("Consumer.SstpMessages")!.GetMembers("FormatNegotiationFailed").FirstOrDefault());
    }

    [Fact]
    public void A_glob_over_docs_and_tables_generates_the_tables_only()
    {
        string vectors = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Tables", "formatmessage-vectors.md"));
        TableFile[] files =
        [
            new("/p/docs/index.md", Encoding.UTF8.GetBytes(Readme), s_none),
            new("/p/docs/guide.md", Encoding.UTF8.GetBytes("## Guide\n\nMessage identifier is the column to read.\n\n### 1.0.0.0\n"), s_none),
            new("/p/docs/empty.md", [], s_none),
            new("/p/tables/sstpsvc.md", Encoding.UTF8.GetBytes(Sstpsvc), s_none),
            new("/p/tables/vectors.md", Encoding.UTF8.GetBytes(vectors), new Dictionary<string, string> { ["ClassName"] = "Vectors", ["EnumName"] = "VectorId", ["VersionEnumName"] = "VectorVersion" }),
        ];
        var (result, compiled) = GeneratorHarness.Run(files);

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(
            ["Consumer.SstpEventId.g.cs", "Consumer.SstpMessages.g.cs", "Consumer.SstpWindowsVersion.g.cs", "Consumer.VectorId.g.cs", "Consumer.VectorVersion.g.cs", "Consumer.Vectors.g.cs"],
            result.Results.Single().GeneratedSources.Select(s => s.HintName).Order(System.StringComparer.Ordinal));
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
    }

    [Fact]
    public void A_table_with_another_extension_is_a_table_when_its_item_says_so()
    {
        var (result, compiled) = GeneratorHarness.Run(new TableFile("/p/sstpsvc.messages.txt", Encoding.UTF8.GetBytes(Sstpsvc), TableFile.Marked));
        Assert.Equal(3, result.Results.Single().GeneratedSources.Length);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));

        // Unmarked, the same file is not ours.
        Assert.Empty(GeneratorHarness.Run(new TableFile("/p/sstpsvc.messages.txt", Encoding.UTF8.GetBytes(Sstpsvc), s_none)).Result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void A_file_marked_as_a_table_that_is_not_one_gets_the_layouts_errors()
    {
        var (result, _) = GeneratorHarness.Run(new TableFile("/p/README.md", Encoding.UTF8.GetBytes(Readme), TableFile.Marked));
        Assert.Contains(result.Diagnostics, d => d.Id == "SSTP001" && d.Location.GetLineSpan().Path == "/p/README.md");
    }

    [Fact]
    public void A_table_marking_that_is_neither_true_nor_false_is_reported()
    {
        var (result, _) = GeneratorHarness.Run(new TableFile("/p/messages.md", Encoding.UTF8.GetBytes(Sstpsvc), new Dictionary<string, string> { ["SstpMessageTable"] = "yes" }));
        Diagnostic invalid = Assert.Single(result.Diagnostics, d => d.Id == "SSTP013");
        string message = invalid.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'SstpMessageTable'", message, System.StringComparison.Ordinal);
        Assert.Contains("it must be 'true' or 'false'", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_the_host_leaves_in_the_text_is_no_content()
    {
        static string Generate(AdditionalText text)
        {
            GeneratorDriverRunResult run = GeneratorHarness.CreateDriver([text], new Dictionary<string, IReadOnlyDictionary<string, string>>())
                .RunGenerators(GeneratorHarness.Consumer()).GetRunResult();
            return string.Join("\n", run.Results.Single().GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText)) + DiagnosticText.Format(run.Diagnostics);
        }

        string plain = Generate(new InMemoryAdditionalText("/p/messages.md", Sstpsvc));
        Assert.Contains("from the message table of sstpsvc.dll", plain, System.StringComparison.Ordinal);
        Assert.Equal(plain, Generate(new TextAdditionalText("/p/messages.md", "\uFEFF" + Sstpsvc)));
    }

    /// <summary>A host that hands the text as a string, its byte-order mark a character of it.</summary>
    private sealed class TextAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}

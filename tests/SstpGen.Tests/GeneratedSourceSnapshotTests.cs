using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// Every source generated for messages.md, and its diagnostics, against the committed snapshots; and the
/// messages class of Tables/printf-specs.md, which shows the typed printf renderers, of a Message Compiler source, and
/// of a table with satellites in other languages.
/// </summary>
public class GeneratedSourceSnapshotTests
{
    private static readonly string[] s_hintNames =
    [
        "Consumer.SstpEventId.g.cs",
        "Consumer.SstpMessages.g.cs",
        "Consumer.SstpWindowsVersion.g.cs",
    ];

    public static TheoryData<string> HintNames => new(s_hintNames);

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Generated_source_matches_its_snapshot(string hintName)
    {
        GeneratorRunResult run = RunSstpsvc();
        GeneratedSourceResult source = Assert.Single(run.GeneratedSources, s => s.HintName == hintName);
        Snapshot.Verify("sstpsvc." + hintName.Replace(".g.cs", string.Empty, System.StringComparison.Ordinal), source.SourceText.ToString());
    }

    [Fact]
    public void Exactly_the_snapshotted_sources_are_generated()
    {
        Assert.Equal(s_hintNames, RunSstpsvc().GeneratedSources.Select(source => source.HintName).Order(System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Diagnostics_match_their_snapshot()
    {
        Snapshot.Verify("sstpsvc.diagnostics", DiagnosticText.Format(RunSstpsvc().Diagnostics), "txt");
    }

    [Fact]
    public void Typed_printf_renderers_match_their_snapshot()
    {
        string path = Path.Combine(System.AppContext.BaseDirectory, "Tables", "printf-specs.md");
        GeneratorRunResult run = GeneratorHarness.Run(TableFile.FromText("/project/printf-specs.md", File.ReadAllText(path))).Result.Results.Single();
        Snapshot.Verify("printf-specs.Consumer.SstpMessages", Assert.Single(run.GeneratedSources, s => s.HintName == "Consumer.SstpMessages.g.cs").SourceText.ToString());
    }

    /// <summary>A Message Compiler source: two sources (no version enum), the severity and facility names, symbolic names, two languages.</summary>
    [Fact]
    public void Message_compiler_source_matches_its_snapshot()
    {
        string path = Path.Combine(System.AppContext.BaseDirectory, "Tables", "service-events.mc");
        GeneratorRunResult run = GeneratorHarness.Run(new TableFile("/project/service-events.mc", File.ReadAllBytes(path), TableFile.Marked)).Result.Results.Single();
        Assert.Equal(["Consumer.SstpEventId.g.cs", "Consumer.SstpMessages.g.cs"], run.GeneratedSources.Select(source => source.HintName).Order(System.StringComparer.Ordinal));
        foreach (GeneratedSourceResult source in run.GeneratedSources)
        {
            Snapshot.Verify("service-events." + source.HintName.Replace(".g.cs", string.Empty, System.StringComparison.Ordinal), source.SourceText.ToString());
        }

        Snapshot.Verify("service-events.diagnostics", DiagnosticText.Format(run.Diagnostics), "txt");
    }

    /// <summary>A markdown table of Windows versions with three satellites (Tables/languages): the culture API and each language's tables as data.</summary>
    [Fact]
    public void Table_of_several_languages_matches_its_snapshot()
    {
        string folder = Path.Combine(System.AppContext.BaseDirectory, "Tables", "languages");
        TableFile[] files = Directory.GetFiles(folder, "*.md").Order(System.StringComparer.Ordinal)
            .Select(file => TableFile.FromText("/project/" + Path.GetFileName(file), File.ReadAllText(file))).ToArray();
        GeneratorRunResult run = GeneratorHarness.Run(files).Result.Results.Single();
        Snapshot.Verify("languages.Consumer.SstpMessages", Assert.Single(run.GeneratedSources, s => s.HintName == "Consumer.SstpMessages.g.cs").SourceText.ToString());
        Snapshot.Verify("languages.diagnostics", DiagnosticText.Format(run.Diagnostics), "txt");
    }

    private static GeneratorRunResult RunSstpsvc() =>
        GeneratorHarness.Run(TableFile.FromText("/project/messages.md", File.ReadAllText(GeneratorHarness.MessagesMd))).Result.Results.Single();
}

using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace SstpGen.Benchmarks;

/// <summary>
/// A full generator run (warm JIT, nothing cached: the table edited in the IDE) on Wine's winerror.mc (787 messages)
/// against the same messages as a markdown table (<see cref="BenchmarkTables.AsMarkdown"/>): reading a .mc must cost no
/// more than reading markdown. Setup checks that both generate the same messages.
/// </summary>
[Config(typeof(GeneratorBenchmarkConfig))]
public class MessageCompilerSourceBenchmarks
{
    private GeneratorDriver _messageCompiler = null!;
    private GeneratorDriver _markdown = null!;
    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        TableText source = BenchmarkTables.WineWinerror();
        TableText markdown = BenchmarkTables.AsMarkdown(source);
        _compilation = GeneratorRuns.Consumer();
        _messageCompiler = GeneratorRuns.SstpGen([source]);
        _markdown = GeneratorRuns.SstpGen([markdown]);
        GeneratorDriver ranMessageCompiler = SetupFacts.Record(nameof(WinerrorMc), "", _messageCompiler, _compilation);
        GeneratorDriver ranMarkdown = SetupFacts.Record(nameof(SameMessagesAsMarkdown), "", _markdown, _compilation);
        GeneratorRuns.EnsureNoErrors(ranMessageCompiler, "SstpGen on winerror.mc");
        GeneratorRuns.EnsureNoErrors(ranMarkdown, "SstpGen on the same messages as markdown");
        if (EnumMembers(ranMessageCompiler) != 787 || EnumMembers(ranMarkdown) != 787)
        {
            throw new InvalidOperationException($"Expected 787 messages each: .mc {EnumMembers(ranMessageCompiler)}, markdown {EnumMembers(ranMarkdown)}.");
        }
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver WinerrorMc() => _messageCompiler.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver SameMessagesAsMarkdown() => _markdown.RunGenerators(_compilation);

    private static int EnumMembers(GeneratorDriver ran)
    {
        GeneratedSourceResult enumSource = ran.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("SstpEventId.g.cs", StringComparison.Ordinal));
        return enumSource.SyntaxTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.EnumMemberDeclarationSyntax>().Count();
    }
}

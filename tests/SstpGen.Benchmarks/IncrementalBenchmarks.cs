using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SstpGen.Benchmarks;

/// <summary>
/// What an unrelated C# edit costs once the generator has run (the IDE's keystroke case): every tracked step
/// must be Cached or Unchanged — setup checks it — so the rerun does no parsing and no emitting. ResxSourceGenerator
/// on the same strings beside it.
/// </summary>
[Config(typeof(GeneratorBenchmarkConfig))]
public class IncrementalBenchmarks
{
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _warmResx = null!;
    private Compilation _edited = null!;

    [Params("sstpsvc", "largest corpus file", "whole corpus")]
    public string Input { get; set; } = "sstpsvc";

    [GlobalSetup]
    public void Setup()
    {
        Compilation compilation = GeneratorRuns.Consumer();
        IReadOnlyList<TableText> tables = Input switch
        {
            "sstpsvc" => [BenchmarkTables.Sstpsvc],
            "largest corpus file" => [BenchmarkTables.LargestCorpusFile()],
            _ => BenchmarkTables.Corpus(),
        };
        _warm = GeneratorRuns.SstpGen(tables).RunGenerators(compilation);
        GeneratorRuns.EnsureNoErrors(_warm, "SstpGen");
        _warmResx = GeneratorRuns.Resx(tables).RunGenerators(compilation);
        GeneratorRuns.EnsureNoErrors(_warmResx, "ResxSourceGenerator");

        SyntaxTree tree = compilation.SyntaxTrees.Single();
        _edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("class Unrelated { int Edited; }", GeneratorRuns.ParseOptions));
        GeneratorDriver rerun = SetupFacts.Record(nameof(UnrelatedEdit), "Input=" + Input, _warm, _edited);
        var fresh = rerun.GetRunResult().Results.Single().TrackedSteps
            .Where(step => step.Key.StartsWith("SstpGen.", StringComparison.Ordinal))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (step.Key, output.Reason))))
            .Where(pair => pair.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .ToList();
        if (fresh.Count > 0)
        {
            throw new InvalidOperationException("An unrelated edit re-ran: " + string.Join(", ", fresh));
        }
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_edited);

    [Benchmark]
    public GeneratorDriver UnrelatedEditResx() => _warmResx.RunGenerators(_edited);
}

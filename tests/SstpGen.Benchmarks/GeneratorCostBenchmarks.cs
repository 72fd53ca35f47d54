using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace SstpGen.Benchmarks;

/// <summary>
/// A full generator run (warm JIT, nothing cached) of SstpGen and of ResxSourceGenerator
/// (EmitFormatMethods=true) on .resx files holding the same strings.
/// </summary>
[Config(typeof(GeneratorBenchmarkConfig))]
public class GeneratorCostBenchmarks
{
    private GeneratorDriver _sstpGen = null!;
    private GeneratorDriver _resx = null!;
    private Compilation _compilation = null!;

    [Params("sstpsvc", "2,000 messages", "largest corpus file", "whole corpus")]
    public string Input { get; set; } = "sstpsvc";

    [GlobalSetup]
    public void Setup()
    {
        IReadOnlyList<TableText> tables = Input switch
        {
            "sstpsvc" => [BenchmarkTables.Sstpsvc],
            "2,000 messages" => [BenchmarkTables.Rows(2_000)],
            "largest corpus file" => [BenchmarkTables.LargestCorpusFile()],
            _ => BenchmarkTables.Corpus(),
        };
        _compilation = GeneratorRuns.Consumer();
        _sstpGen = GeneratorRuns.SstpGen(tables);
        _resx = GeneratorRuns.Resx(tables);
        GeneratorRuns.EnsureNoErrors(SetupFacts.Record(nameof(SstpGen), "Input=" + Input, _sstpGen, _compilation), "SstpGen");
        GeneratorRuns.EnsureNoErrors(SetupFacts.Record(nameof(ResxSourceGenerator), "Input=" + Input, _resx, _compilation), "ResxSourceGenerator");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver SstpGen() => _sstpGen.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver ResxSourceGenerator() => _resx.RunGenerators(_compilation);
}

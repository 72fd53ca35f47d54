using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace SstpGen.Benchmarks;

/// <summary>
/// A full generator run (warm JIT, nothing cached) of SstpGen and of ResxSourceGenerator
/// (EmitFormatMethods=true) on .resx files holding the same strings; and the floor under SstpGen: a generator
/// that only writes SstpGen's output, prepared beforehand, into the compilation.
/// </summary>
[Config(typeof(GeneratorBenchmarkConfig))]
public class GeneratorCostBenchmarks
{
    private GeneratorDriver _sstpGen = null!;
    private GeneratorDriver _resx = null!;
    private GeneratorDriver _outputCopy = null!;
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
        GeneratorDriver ran = SetupFacts.Record(nameof(SstpGen), "Input=" + Input, _sstpGen, _compilation);
        GeneratorRuns.EnsureNoErrors(ran, "SstpGen");
        _outputCopy = GeneratorRuns.OutputCopy(tables, ran);
        GeneratorRuns.EnsureNoErrors(SetupFacts.Record(nameof(OutputCopyOnly), "Input=" + Input, _outputCopy, _compilation), "the output copy");
        GeneratorRuns.EnsureNoErrors(SetupFacts.Record(nameof(ResxSourceGenerator), "Input=" + Input, _resx, _compilation), "ResxSourceGenerator");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver SstpGen() => _sstpGen.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver ResxSourceGenerator() => _resx.RunGenerators(_compilation);

    /// <summary>Writing SstpGen's output and nothing else: what no implementation of the same output can go below.</summary>
    [Benchmark]
    public GeneratorDriver OutputCopyOnly() => _outputCopy.RunGenerators(_compilation);
}

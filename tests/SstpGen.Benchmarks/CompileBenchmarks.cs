using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace SstpGen.Benchmarks;

/// <summary>
/// What the generated code adds to every build of the consumer: compiling (emitting) a consumer with the
/// largest corpus file's code, against the same consumer without it.
/// </summary>
[Config(typeof(GeneratorBenchmarkConfig))]
public class CompileBenchmarks
{
    private Compilation _withoutTable = null!;
    private Compilation _withLargestTable = null!;

    [GlobalSetup]
    public void Setup()
    {
        _withoutTable = GeneratorRuns.Consumer();
        GeneratorDriver driver = SetupFacts.Record(nameof(ConsumerWithLargestTable), string.Empty, GeneratorRuns.SstpGen([BenchmarkTables.LargestCorpusFile()]), _withoutTable);
        driver.RunGeneratorsAndUpdateCompilation(_withoutTable, out _withLargestTable, out _);
    }

    [Benchmark(Baseline = true)]
    public bool ConsumerAlone() => Emit(_withoutTable);

    [Benchmark]
    public bool ConsumerWithLargestTable() => Emit(_withLargestTable);

    // A fresh compilation each time: Roslyn caches binding results inside a compilation object.
    private static bool Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        return compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees).Emit(stream).Success;
    }
}

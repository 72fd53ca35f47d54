using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace SstpGen.Benchmarks;

/// <summary>
/// How a full run grows with the table: rows of real message strings (to 100,000) and one message of up to
/// 1 MB. Setup compiles the generated code once, to prove it compiles cleanly at that size (100,000 rows: about
/// 90 s and 3.6 GB on this machine).
/// </summary>
[Config(typeof(GeneratorBenchmarkConfig))]
public class ScalingBenchmarks
{
    private GeneratorDriver _rows = null!;
    private GeneratorDriver _message = null!;
    private Compilation _compilation = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorRuns.Consumer();
        _rows = GeneratorRuns.SstpGen([BenchmarkTables.Rows(Rows)]);
        // The single message grows with the rows parameter too: 10, 100 and 1,000 KB.
        _message = GeneratorRuns.SstpGen([BenchmarkTables.SingleMessage(Rows * 1024 / 100)]);
        Prove(SetupFacts.Record(nameof(RowsOfRealMessages), "Rows=" + Rows, _rows, _compilation), "rows");
        Prove(SetupFacts.Record(nameof(OneHugeMessage), "Rows=" + Rows, _message, _compilation), "huge message");
    }

    [Benchmark]
    public GeneratorDriver RowsOfRealMessages() => _rows.RunGenerators(_compilation);

    /// <summary>One message of Rows × 10.24 characters (10 KB, 100 KB, 1 MB).</summary>
    [Benchmark]
    public GeneratorDriver OneHugeMessage() => _message.RunGenerators(_compilation);

    private void Prove(GeneratorDriver ran, string what)
    {
        GeneratorRuns.EnsureNoErrors(ran, what);
        ran.RunGeneratorsAndUpdateCompilation(_compilation, out Compilation output, out _);
        var errors = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Where(output.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning));
        if (errors.Count > 0)
        {
            throw new System.InvalidOperationException($"The {what} table's generated code does not compile cleanly: {errors[0]}");
        }
    }
}

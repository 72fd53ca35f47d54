using System.Threading;
using BenchmarkDotNet.Attributes;
using SstpGen.Emitting;
using SstpGen.Model;
using SstpGen.Parsing;

namespace SstpGen.Benchmarks;

/// <summary>Where a full run's time goes: parsing a table into its model, and emitting each generated file from the model.</summary>
[Config(typeof(GeneratorBenchmarkConfig))]
public class PhaseBenchmarks
{
    private TableInput _input = null!;
    private MessageTableModel _model = null!;

    [Params("sstpsvc", "2,000 messages", "largest corpus file")]
    public string Input { get; set; } = "2,000 messages";

    [GlobalSetup]
    public void Setup()
    {
        TableText table = Input switch { "sstpsvc" => BenchmarkTables.Sstpsvc, "2,000 messages" => BenchmarkTables.Rows(2_000), _ => BenchmarkTables.LargestCorpusFile() };
        var options = new TableOptions(null, "SstpEventId", "SstpMessages", "SstpWindowsVersion", IsPublic: true);
        _input = new TableInput("/tables/" + table.FileName, "SstpMessages", table.Content, options, EquatableArray<DiagnosticInfo>.Empty);
        _model = MessageTableParser.Parse(_input, CancellationToken.None).Table!;
    }

    [Benchmark]
    public object Parse() => MessageTableParser.Parse(_input, CancellationToken.None);

    [Benchmark]
    public object Plan() => new TablePlan(_model, CancellationToken.None);

    [Benchmark]
    public object EmitEventIdEnum() => EventIdEnumEmitter.Emit(new TablePlan(_model, CancellationToken.None));

    [Benchmark]
    public object EmitMessagesClass() => MessagesClassEmitter.Emit(new TablePlan(_model, CancellationToken.None));
}

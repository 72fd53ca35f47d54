using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SstpGen.Benchmarks;

/// <summary>
/// Generator runs take milliseconds to seconds: a short job (3 warm-ups, 5 measured iterations) is precise
/// enough and keeps a full run within minutes. In-process, so setup-time facts (the driver's own timing,
/// generated size) reach the summary's columns.
/// </summary>
public sealed class GeneratorBenchmarkConfig : ManualConfig
{
    public GeneratorBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new SetupFactColumn(SetupFacts.DriverTime, "Driver time (GetTimingInfo, median)"));
        AddColumn(new SetupFactColumn(SetupFacts.GeneratedSize, "Generated chars"));
    }
}

/// <summary>Format methods are nanoseconds: the default job, in-process, with allocations.</summary>
public sealed class FormatBenchmarkConfig : ManualConfig
{
    public FormatBenchmarkConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

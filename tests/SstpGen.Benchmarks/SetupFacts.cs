using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;

namespace SstpGen.Benchmarks;

/// <summary>
/// Facts a benchmark's setup measures besides BenchmarkDotNet's own timing: the generator driver's
/// GetTimingInfo() median over repeated runs, and how much source the generator emitted.
/// </summary>
internal static class SetupFacts
{
    public static readonly ConcurrentDictionary<string, string> DriverTime = new();
    public static readonly ConcurrentDictionary<string, string> GeneratedSize = new();

    public static string Key(string method, string parameters) => method + "|" + parameters;

    /// <summary>"Input=sstpsvc": how setup code names its case (<c>"Input=" + Input</c>).</summary>
    public static string Parameters(BenchmarkCase benchmarkCase) =>
        string.Join(",", benchmarkCase.Parameters.Items.Select(p => p.Name + "=" + Convert.ToString(p.Value, CultureInfo.InvariantCulture)));

    /// <summary>Runs a fresh copy of <paramref name="driver"/> <paramref name="runs"/> times and records the median of the driver's own timing.</summary>
    public static GeneratorDriver Record(string method, string parameters, GeneratorDriver driver, Compilation compilation, int runs = 5)
    {
        var times = new List<TimeSpan>();
        GeneratorDriver ran = driver;
        for (int i = 0; i < runs; i++)
        {
            ran = driver.RunGenerators(compilation);
            times.Add(ran.GetTimingInfo().ElapsedTime);
        }

        times.Sort();
        DriverTime[Key(method, parameters)] = times[times.Count / 2].TotalMilliseconds.ToString("N2", CultureInfo.InvariantCulture) + " ms";
        GeneratedSize[Key(method, parameters)] = GeneratorRuns.GeneratedCharacters(ran).ToString("N0", CultureInfo.InvariantCulture);
        return ran;
    }
}

/// <summary>Shows a <see cref="SetupFacts"/> value in the summary table.</summary>
internal sealed class SetupFactColumn(ConcurrentDictionary<string, string> facts, string name) : IColumn
{
    public string Id => "SetupFact." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => name + ", measured in the benchmark's setup";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        facts.TryGetValue(SetupFacts.Key(benchmarkCase.Descriptor.WorkloadMethod.Name, SetupFacts.Parameters(benchmarkCase)), out string? value) ? value : "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

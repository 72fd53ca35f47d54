using System.Globalization;
using BenchmarkDotNet.Attributes;
using SstpGen.Benchmarks.Languages;

namespace SstpGen.Benchmarks;

/// <summary>
/// What rendering in a culture costs (Tables/languages: demo.md with de, de-AT and fr-FR satellites): the typed method
/// without a culture as the baseline, the same culture every call (the class keeps the last culture's languages), two
/// cultures in turn (each call works the culture's languages out again), by identifier, and recognising a German text.
/// </summary>
[Config(typeof(FormatBenchmarkConfig))]
[MemoryDiagnoser]
public class LanguageFormatBenchmarks
{
    private static readonly CultureInfo Austrian = CultureInfo.GetCultureInfo("de-AT");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly string?[] s_inserts = ["Ada"];
    private int _call;

    [Benchmark(Baseline = true)]
    public string Default() => DemoMessages.FormatHelloAgain("Ada");

    [Benchmark]
    public string OneCulture() => DemoMessages.FormatHelloAgain(Austrian, "Ada");

    [Benchmark]
    public string TwoCulturesInTurn() => DemoMessages.FormatHelloAgain((++_call & 1) == 0 ? Austrian : French, "Ada");

    [Benchmark]
    public string? ById()
    {
        DemoMessages.TryFormat(DemoMessages.Ids.HelloAgain, Austrian, s_inserts, out string? message);
        return message;
    }

    [Benchmark]
    public string? ParseGerman() => DemoMessages.TryParse("Servus Ada.\r\n", DemoMessages.MessageParseOptions.None, out DemoMessages.MessageMatch? match) ? match!.Culture : null;
}

using System.Globalization;
using BenchmarkDotNet.Attributes;
using SstpGen.Benchmarks.Printf;
using SstpGen.Benchmarks.Sstpsvc;

namespace SstpGen.Benchmarks;

/// <summary>
/// A generated format method against string.Format with the equivalent composite format and against a
/// hand-written string.Concat: for a message with three string inserts (sstpsvc 0x6), and for an integer
/// printed in decimal and as zero-padded hex (<c>%1!d! (0x%1!08x!)</c>).
/// </summary>
[Config(typeof(FormatBenchmarkConfig))]
public class FormatBenchmarks
{
    private const string CoId = "{6b9a1f2c-3d4e-4f50-8a61-7b8c9d0e1f20}";
    private const string Sha1 = "3F2A1B0C9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F4A";
    private const string Sha256 = "9C8B7A6F5E4D3C2B1A0F9E8D7C6B5A4F3E2D1C0B9A8F7E6D5C4B3A2F1E0D9C8B";

    // The same text as a composite format: the generated method itself renders it with holes for inserts.
    private static readonly string s_composite = SstpMessages.FormatVpnConnectionTerminated("{0}", "{1}", "{2}");
    private static readonly string[] s_pieces = s_composite.Split(["{0}", "{1}", "{2}"], System.StringSplitOptions.None);

    private int _value = -123456;

    [Benchmark(Baseline = true)]
    public string StringsGenerated() => SstpMessages.FormatVpnConnectionTerminated(CoId, Sha1, Sha256);

    /// <summary>The same message by identifier (an event log record's data): the table's program for its text, run.</summary>
    [Benchmark]
    public string StringsById() => SstpMessages.Format(SstpEventId.VpnConnectionTerminated, CoId, Sha1, Sha256);

    [Benchmark]
    public string StringsStringFormat() => string.Format(CultureInfo.InvariantCulture, s_composite, CoId, Sha1, Sha256);

    [Benchmark]
    public string StringsConcat() => string.Concat(s_pieces[0], CoId, s_pieces[1], Sha1, s_pieces[2], Sha256, s_pieces[3]);

    [Benchmark]
    public string IntegerGenerated() => PrintfMessages.FormatSame_insert_d_and_x(_value);

    [Benchmark]
    public string IntegerStringFormat() => string.Format(CultureInfo.InvariantCulture, "[{0} (0x{0:x8})]", _value);

    [Benchmark]
    public string IntegerConcat() => string.Concat("[", _value.ToString(CultureInfo.InvariantCulture), " (0x", _value.ToString("x8", CultureInfo.InvariantCulture), ")]");
}

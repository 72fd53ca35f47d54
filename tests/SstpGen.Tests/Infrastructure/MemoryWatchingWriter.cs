using System;
using System.IO;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// An output that keeps nothing: it samples the managed heap (after a full collection) every so many lines, and counts
/// the lines that hold <paramref name="counted"/> (an event's report line, a record's JSON).
/// </summary>
internal sealed class MemoryWatchingWriter(int everyLines, string counted) : StringWriter
{
    private readonly long _baseline = GC.GetTotalMemory(forceFullCollection: true);
    private long _lines;

    public long PeakGrowth { get; private set; } = long.MinValue;

    public int Samples { get; private set; }

    public int Counted { get; private set; }

    public override void WriteLine(string? value) => Observe(value);

    /// <summary>Lines written whole with their line end (records --json writes them so).</summary>
    public override void Write(string? value) => Observe(value);

    private void Observe(string? value)
    {
        if (value is not null && value.Contains(counted, StringComparison.Ordinal))
        {
            Counted++;
        }

        if (++_lines % everyLines == 0)
        {
            PeakGrowth = Math.Max(PeakGrowth, GC.GetTotalMemory(forceFullCollection: true) - _baseline);
            Samples++;
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using SstpExplainer;
using SstpExplainer.EventLog;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// A big .evtx is streamed: about 16 MB of RasSstp events (the example export again and again, in 256 chunks) explained
/// and listed on several threads while the managed heap is sampled; it must not grow with the file (a few chunks in
/// flight and what they decode).
/// </summary>
[Collection(nameof(MeasuresTheProcessMemory))]
public sealed class EvtxMemoryTests : System.IDisposable
{
    private readonly TemporaryFolders _folders = new("sstp-evtx-");

    [Theory]
    [InlineData("explain", " event 6 VpnConnectionTerminated", 2)]
    [InlineData("records", "\"provider\":\"Microsoft-Windows-RasSstp\",\"eventId\":6,", 2)]
    public void A_big_evtx_is_read_in_constant_memory(string command, string counted, int perExport)
    {
        List<EventRecord> example = EventLogXmlReader.Read(File.OpenRead(RepositoryPaths.File("sample", "examples", "System-RasSstp.xml"))).ToList();
        int copies = 0;
        var events = new List<EventRecord>();
        while (events.Count * 480L < 16L * 1024 * 1024)
        {
            events.AddRange(example.Select((e, i) => e with { RecordId = (ulong)events.Count + (ulong)i + 1 }));
            copies++;
        }

        string log = Path.Combine(_folders.Create(), "System.evtx");
        File.WriteAllBytes(log, new EvtxTestWriter().Write(events));
        events.Clear();
        var output = new MemoryWatchingWriter(everyLines: 2_000, counted);

        int code = ExplainerCli.Run([command, log, "--threads", "2", .. command == "records" ? new[] { "--json" } : []], output, new StringWriter(), () => Stream.Null, errorIsTerminal: false);

        Assert.Equal(0, code);
        Assert.True(new FileInfo(log).Length > 15L * 1024 * 1024, $"{new FileInfo(log).Length} bytes");
        Assert.Equal(copies * perExport, output.Counted);
        Assert.True(output.Samples >= 3, $"{output.Samples} samples");
        Assert.InRange(output.PeakGrowth, long.MinValue, 6L * 1024 * 1024);
    }

    public void Dispose() => _folders.Dispose();
}

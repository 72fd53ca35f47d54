using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SstpExplainer;
using SstpExplainer.EventLog;
using SstpExplainer.EventLog.Evtx;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// No public log holds Microsoft-Windows-RasSstp events, so the sample export's events are written as an .evtx here
/// (<see cref="EvtxTestWriter"/>: templates shared in a chunk, names inline once, several chunks, a dirty header, a bad
/// checksum): <c>explain</c> on it gives exactly what it gives on the XML export without Windows' rendering, which an
/// .evtx does not carry.
/// </summary>
public sealed class EvtxExplainTests : IDisposable
{
    private readonly TemporaryFolders _folders = new("sstp-evtx-");

    private static readonly string Example = RepositoryPaths.File("sample", "examples", "System-RasSstp.xml");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_sample_export_written_as_evtx_explains_as_the_export_does(bool json)
    {
        string folder = _folders.Create();
        string xml = Path.Combine(folder, "System-RasSstp.xml");
        string evtx = Path.Combine(folder, "System-RasSstp.evtx");
        File.WriteAllText(xml, Regex.Replace(File.ReadAllText(Example), "<RenderingInfo.*?</RenderingInfo>", string.Empty, RegexOptions.Singleline));
        List<EventRecord> events = EventLogXmlReader.Read(File.OpenRead(xml)).ToList();
        File.WriteAllBytes(evtx, new EvtxTestWriter { RecordsPerChunk = 2, UnderCountChunks = true, BreakChunkChecksum = 1 }.Write(events));

        var (fromXml, _, xmlCode) = Explain(xml, json);
        var (fromEvtx, warnings, evtxCode) = Explain(evtx, json);

        Assert.Equal(0, xmlCode);
        Assert.Equal(0, evtxCode);
        Assert.Equal(fromXml.Replace(xml, "FILE", StringComparison.Ordinal), fromEvtx.Replace(evtx, "FILE", StringComparison.Ordinal));
        Assert.Contains("chunk 1 at offset 0x11000: its records' checksum does not match", warnings, StringComparison.Ordinal);
        Assert.True(events.Count >= 4, "the example has events of several kinds");
    }

    /// <summary>
    /// sample/examples/System-RasSstp.evtx, what the README runs the explainer on, is the example export written by the
    /// writer (SSTPGEN_ACCEPT_SNAPSHOTS=1 writes it again).
    /// </summary>
    [Fact]
    public void The_example_evtx_is_the_example_export_as_the_writer_writes_it()
    {
        string example = RepositoryPaths.File("sample", "examples", "System-RasSstp.evtx");
        byte[] written = new EvtxTestWriter().Write(EventLogXmlReader.Read(File.OpenRead(Example)).ToList());
        if (Environment.GetEnvironmentVariable("SSTPGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllBytes(example, written);
        }

        Assert.Equal(written, File.ReadAllBytes(example));
    }

    [Fact]
    public void A_bad_checksum_is_an_error_with_strict_and_every_record_is_still_read()
    {
        List<EventRecord> events = EventLogXmlReader.Read(File.OpenRead(Example)).ToList();
        string evtx = Path.Combine(_folders.Create(), "bad.evtx");
        File.WriteAllBytes(evtx, new EvtxTestWriter { RecordsPerChunk = 1, BreakChunkChecksum = 0 }.Write(events));
        var output = new StringWriter();
        var error = new StringWriter();

        int code = ExplainerCli.Run(["records", evtx, "--json", "--strict"], output, error, () => Stream.Null, errorIsTerminal: false);

        Assert.Equal(1, code);
        Assert.Contains("error: " + evtx + ": chunk 0 at offset 0x1000: its records' checksum does not match", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(events.Count, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(0, ExplainerCli.Run(["records", evtx, "--json"], new StringWriter(), new StringWriter(), () => Stream.Null, errorIsTerminal: false));
    }

    /// <summary>On demand: libevtx and python-evtx read the writer's files back as this reader does.</summary>
    [SkippableFact]
    public void The_written_file_reads_back_the_same_in_libevtx_and_python_evtx()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("SSTPGEN_EVTX_REFERENCES") == "1" && ReferenceEvtxReaders.Installed, ReferenceEvtxReaders.SkipReason);
        List<EventRecord> events = EventLogXmlReader.Read(File.OpenRead(Example)).ToList();
        string evtx = Path.Combine(_folders.Create(), "written.evtx");
        File.WriteAllBytes(evtx, new EvtxTestWriter { RecordsPerChunk = 2 }.Write(events));

        var libevtx = ReferenceEvtxReaders.Libevtx(evtx);
        var python = ReferenceEvtxReaders.PythonEvtx(evtx);
        using FileStream stream = File.OpenRead(evtx);
        List<EvtxEvent> ours = EvtxReader.Read(stream, _ => { }).ToList();

        Assert.Equal(events.Count, ours.Count);
        foreach (EvtxEvent e in ours)
        {
            foreach (var reference in new[] { libevtx[e.RecordId], python[e.RecordId] })
            {
                Assert.Equal(e.Provider, reference.Provider);
                Assert.Equal(e.EventId?.ToString(System.Globalization.CultureInfo.InvariantCulture), reference.EventId);
                Assert.Equal(e.Level?.ToString(System.Globalization.CultureInfo.InvariantCulture), reference.Level);
                Assert.Equal(e.Time[..19], reference.Time[..19]);
                Assert.Equal(string.Join("\u001F", e.Data.Select(d => d.Value)), reference.Data);
            }
        }
    }

    private static (string Output, string Error, int Code) Explain(string file, bool json)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = json ? ["explain", file, "--json"] : ["explain", file];
        int code = ExplainerCli.Run(args, output, error, () => Stream.Null, errorIsTerminal: false);
        return (output.ToString(), error.ToString(), code);
    }

    public void Dispose() => _folders.Dispose();
}

using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SstpExplainer.EventLog.Evtx;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// Records built by hand to attack the Binary XML reader where random damage rarely reaches: elements nested thousands
/// deep, BinXml values nested in values, templates and names that point outside the chunk. Each is reported as a record
/// that cannot be decoded, on one thread and on several, and never throws, overflows the stack or hangs.
/// </summary>
public class EvtxHostileStructureTests
{
    [Fact]
    public void Elements_nested_thousands_deep_are_a_problem_not_a_stack_overflow()
    {
        var chunk = new HandWrittenChunk();
        int name = chunk.Name("Event");
        byte[] nested = [];
        for (int i = 0; i < 4000; i++)
        {
            nested = Element(name, nested);
        }

        var (events, problems) = Read(chunk.Log(Fragment(nested)));

        Assert.Empty(events);
        Assert.Contains(problems, p => p.Contains("cannot be decoded: elements nested more than 64 deep", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(16, true)]
    [InlineData(17, false)]
    [InlineData(2000, false)]
    public void BinXml_values_nested_in_values_are_read_to_a_bound(int levels, bool readable)
    {
        var chunk = new HandWrittenChunk();
        int @event = chunk.Name("Event"), system = chunk.Name("System"), computer = chunk.Name("Computer");
        int eventTemplate = chunk.Template(Fragment(Element(@event, Element(system, Element(computer, Substitution(0, 0x21))))));
        int computerTemplate = chunk.Template(Fragment(Element(computer, Substitution(0, 0x21))));
        // The innermost value is an element with text; each level around it is a template instance whose one value is the level inside.
        byte[] value = Fragment(Element(computer, [0x05, 0x01, .. U16(4), .. Encoding.Unicode.GetBytes("deep")], dependencyId: false));
        for (int i = 1; i < levels; i++)
        {
            value = Fragment(Instance(computerTemplate, value));
        }

        var (events, problems) = Read(chunk.Log(Fragment(Instance(eventTemplate, value))));

        if (readable)
        {
            Assert.Equal("deep", Assert.Single(events).Computer);
        }
        else
        {
            Assert.Empty(events);
            Assert.Contains(problems, p => p.Contains("BinXml values nested more than 16 deep", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(0x7FFF_FFF0u)]
    [InlineData(0xFFFF_FFF0u)]
    [InlineData(0x0000_FFFEu)]
    public void A_template_or_a_name_outside_the_chunk_is_a_problem(uint offset)
    {
        var chunk = new HandWrittenChunk();
        var (fromTemplate, templateProblems) = Read(chunk.Log(Fragment([0x0C, 0x01, 0, 0, 0, 0, .. U32(offset), 0, 0, 0, 0])));
        var (fromName, nameProblems) = Read(chunk.Log(Fragment([0x01, 0xFF, 0xFF, 0, 0, 0, 0, .. U32(offset), 0x03])));

        Assert.Empty(fromTemplate);
        Assert.Empty(fromName);
        Assert.Contains(templateProblems, p => p.Contains("cannot be decoded", StringComparison.Ordinal));
        Assert.Contains(nameProblems, p => p.Contains("cannot be decoded", StringComparison.Ordinal));
    }

    private static (List<EvtxEvent> Events, List<string> Problems) Read(byte[] log)
    {
        var problems = new List<string>();
        using var one = new MemoryStream(log);
        List<EvtxEvent> events = EvtxReader.Read(one, p => problems.Add(p.Message)).ToList();
        Assert.Equal(
            EvtxReaderTests.ReadLines(log, parallelism: 1),
            EvtxReaderTests.ReadLines(log, parallelism: 2));
        return (events, problems);
    }

    private static byte[] Fragment(byte[] content) => [0x0F, 0x01, 0x01, 0x00, .. content, 0x00];

    private static byte[] Element(int name, byte[] content, bool dependencyId = true) =>
        [0x01, .. dependencyId ? new byte[] { 0xFF, 0xFF } : [], .. U32(0), .. U32((uint)name), 0x02, .. content, 0x04];

    private static byte[] Substitution(int index, byte type) => [0x0D, .. U16(index), type];

    /// <summary>A template instance with one value, of type BinXml (0x21).</summary>
    private static byte[] Instance(int template, byte[] value) =>
        [0x0C, 0x01, .. U32(0), .. U32((uint)template), .. U32(1), .. U16(value.Length), 0x21, 0x00, .. value];

    private static byte[] U16(int value) => BitConverter.GetBytes((ushort)value);

    private static byte[] U32(uint value) => BitConverter.GetBytes(value);

    /// <summary>One chunk: names and template definitions in its upper part, one record at its start, in a log.</summary>
    private sealed class HandWrittenChunk
    {
        private readonly byte[] _chunk = new byte[EvtxReader.ChunkSize];
        private int _definitions = 0xF000;

        public int Name(string name)
        {
            int at = _definitions;
            BinaryPrimitives.WriteUInt16LittleEndian(_chunk.AsSpan(at + 6), (ushort)name.Length);
            Encoding.Unicode.GetBytes(name).CopyTo(_chunk, at + 8);
            _definitions += 8 + ((name.Length + 1) * 2);
            return at;
        }

        public int Template(byte[] binXml)
        {
            int at = _definitions;
            BinaryPrimitives.WriteUInt32LittleEndian(_chunk.AsSpan(at + 20), (uint)binXml.Length);
            binXml.CopyTo(_chunk, at + 24);
            _definitions += 24 + binXml.Length;
            return at;
        }

        public byte[] Log(byte[] binXml)
        {
            const int Record = EvtxChunkDecoder.HeaderSize;
            int size = 24 + binXml.Length + 4;
            Assert.True(Record + size <= 0xF000, "the record fits below the definitions");
            byte[] chunk = (byte[])_chunk.Clone();
            "ElfChnk\0"u8.CopyTo(chunk);
            BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(Record), 0x2A2A);
            BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(Record + 4), (uint)size);
            BinaryPrimitives.WriteUInt64LittleEndian(chunk.AsSpan(Record + 8), 1);
            binXml.CopyTo(chunk, Record + 24);
            BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(Record + size - 4), (uint)size);
            BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(48), (uint)(Record + size));
            byte[] header = new byte[EvtxReader.HeaderSize];
            "ElfFile\0"u8.CopyTo(header);
            return [.. header, .. chunk];
        }
    }
}

using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SstpExplainer.EventLog;
using SstpExplainer.EventLog.Evtx;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// A test-only writer of the .evtx format, for the events no public log has (Microsoft-Windows-RasSstp): each record a
/// template instance, a template per shape of event written once per chunk and referred to after, every name inline the
/// first time a chunk uses it; records spread over as many chunks as they need. <see cref="UnderCountChunks"/> writes a
/// dirty header that under-counts them; <see cref="BreakChunkChecksum"/> spoils one chunk's records checksum.
/// </summary>
internal sealed class EvtxTestWriter
{
    private const int RecordsStart = 512;

    public bool UnderCountChunks { get; init; }

    public int? BreakChunkChecksum { get; init; }

    /// <summary>Records per chunk at most (small to make several chunks from few events).</summary>
    public int RecordsPerChunk { get; init; } = int.MaxValue;

    public byte[] Write(IReadOnlyList<EventRecord> events)
    {
        var chunks = new List<byte[]>();
        var chunk = new ChunkBuilder();
        ulong recordId = 1;
        foreach (EventRecord e in events)
        {
            if (chunk.Count >= RecordsPerChunk || !chunk.TryAdd(e, e.RecordId ?? recordId))
            {
                chunks.Add(chunk.Finish(chunks.Count == BreakChunkChecksum));
                chunk = new ChunkBuilder();
                if (!chunk.TryAdd(e, e.RecordId ?? recordId))
                {
                    throw new InvalidOperationException("An event does not fit in a chunk.");
                }
            }

            recordId = (e.RecordId ?? recordId) + 1;
        }

        if (chunk.Count > 0)
        {
            chunks.Add(chunk.Finish(chunks.Count == BreakChunkChecksum));
        }

        byte[] header = FileHeader(chunks.Count, recordId, UnderCountChunks);
        return [.. header, .. chunks.SelectMany(c => c)];
    }

    /// <summary>The 4 KiB file header of a log of <paramref name="chunks"/> chunks; a dirty one under-counts them by one.</summary>
    public static byte[] FileHeader(int chunks, ulong nextRecordId, bool dirty = false)
    {
        var header = new byte[EvtxReader.HeaderSize];
        "ElfFile\0"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(16), (ulong)Math.Max(0, chunks - 1));
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(24), nextRecordId);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(32), 128);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(36), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(38), 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(40), EvtxReader.HeaderSize);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(42), (ushort)(dirty ? Math.Max(0, chunks - 1) : chunks));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(120), dirty ? 1u : 0u);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(124), Crc32.Compute(header.AsSpan(0, 120)));
        return header;
    }

    private sealed class ChunkBuilder
    {
        private readonly byte[] _chunk = new byte[EvtxReader.ChunkSize];
        private readonly Dictionary<string, int> _names = new();
        private readonly Dictionary<string, int> _templates = new();
        private int _at = RecordsStart;
        private ulong _first;
        private ulong _last;
        private int _lastRecord;

        public int Count { get; private set; }

        public bool TryAdd(EventRecord e, ulong id)
        {
            var names = new Dictionary<string, int>(_names);
            var templates = new Dictionary<string, int>(_templates);
            var bytes = new List<byte>();
            int start = _at;

            // Record header: signature, size (patched), id, written time; then the Binary XML.
            Add(bytes, [0x2A, 0x2A, 0, 0]);
            AddU32(bytes, 0);
            AddU64(bytes, id);
            AddU64(bytes, (ulong)(e.TimeCreated ?? DateTimeOffset.UnixEpoch).UtcDateTime.ToFileTimeUtc());
            Add(bytes, [0x0F, 1, 1, 0]);
            WriteInstance(bytes, start, e, id, names, templates);
            bytes.Add(0x00);
            while ((bytes.Count + 4) % 8 != 0)
            {
                bytes.Add(0);
            }

            AddU32(bytes, (uint)(bytes.Count + 4));
            BinaryPrimitives.WriteUInt32LittleEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes)[4..], (uint)bytes.Count);

            if (start + bytes.Count > EvtxReader.ChunkSize)
            {
                return false;
            }

            bytes.CopyTo(_chunk, start);
            foreach (var pair in names)
            {
                _names[pair.Key] = pair.Value;
            }

            foreach (var pair in templates)
            {
                _templates[pair.Key] = pair.Value;
            }

            _first = Count == 0 ? id : _first;
            _last = id;
            _lastRecord = start;
            _at += bytes.Count;
            Count++;
            return true;
        }

        public byte[] Finish(bool breakChecksum)
        {
            "ElfChnk\0"u8.CopyTo(_chunk);
            BinaryPrimitives.WriteUInt64LittleEndian(_chunk.AsSpan(8), _first);
            BinaryPrimitives.WriteUInt64LittleEndian(_chunk.AsSpan(16), _last);
            BinaryPrimitives.WriteUInt64LittleEndian(_chunk.AsSpan(24), _first);
            BinaryPrimitives.WriteUInt64LittleEndian(_chunk.AsSpan(32), _last);
            BinaryPrimitives.WriteUInt32LittleEndian(_chunk.AsSpan(40), 128);
            BinaryPrimitives.WriteUInt32LittleEndian(_chunk.AsSpan(44), (uint)_lastRecord);
            BinaryPrimitives.WriteUInt32LittleEndian(_chunk.AsSpan(48), (uint)_at);
            uint data = Crc32.Compute(_chunk.AsSpan(RecordsStart, _at - RecordsStart));
            BinaryPrimitives.WriteUInt32LittleEndian(_chunk.AsSpan(52), breakChecksum ? ~data : data);
            BinaryPrimitives.WriteUInt32LittleEndian(_chunk.AsSpan(124), Crc32.Compute(_chunk.AsSpan(0, 120), _chunk.AsSpan(128, 384)));
            return _chunk;
        }

        /// <summary>The template instance: its definition inline the first time the chunk uses the shape, then its values.</summary>
        private static void WriteInstance(List<byte> bytes, int recordStart, EventRecord e, ulong id, Dictionary<string, int> names, Dictionary<string, int> templates)
        {
            string shape = string.Join("\u001F", e.Data.Select(d => d.Name ?? "\0"));
            bytes.Add(0x0C);
            bytes.Add(1);
            AddU32(bytes, shape.Aggregate(2166136261u, (hash, c) => (hash ^ c) * 16777619u));     // FNV-1a: the same shape, the same id
            if (templates.TryGetValue(shape, out int definition))
            {
                AddU32(bytes, (uint)definition);
            }
            else
            {
                definition = recordStart + bytes.Count + 4;
                templates[shape] = definition;
                AddU32(bytes, (uint)definition);
                AddU32(bytes, 0);
                bytes.AddRange(new byte[16]);
                int sizeAt = bytes.Count;
                AddU32(bytes, 0);
                int bodyStart = bytes.Count;
                Add(bytes, [0x0F, 1, 1, 0]);
                WriteTemplate(bytes, recordStart, e, names);
                bytes.Add(0x00);
                BinaryPrimitives.WriteUInt32LittleEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes)[sizeAt..], (uint)(bytes.Count - bodyStart));
            }

            var values = new List<(byte Type, byte[] Data)>
            {
                (0x01, Encoding.Unicode.GetBytes(e.Provider ?? string.Empty)),
                (0x06, BitConverter.GetBytes((ushort)e.Qualifiers)),
                (0x06, BitConverter.GetBytes((ushort)e.EventId)),
                (0x04, [(byte)(e.Level ?? 0)]),
                (0x11, BitConverter.GetBytes((e.TimeCreated ?? DateTimeOffset.UnixEpoch).UtcDateTime.ToFileTimeUtc())),
                (0x0A, BitConverter.GetBytes(id)),
                (0x01, Encoding.Unicode.GetBytes(e.Channel ?? string.Empty)),
                (0x01, Encoding.Unicode.GetBytes(e.Computer ?? string.Empty)),
            };
            values.AddRange(e.Data.Select(d => ((byte)0x01, Encoding.Unicode.GetBytes(d.Value))));
            if (e.Qualifiers == 0)
            {
                values[1] = (0x00, []);
            }

            AddU32(bytes, (uint)values.Count);
            foreach (var (type, data) in values)
            {
                AddU16(bytes, checked((ushort)data.Length));
                bytes.Add(type);
                bytes.Add(0);
            }

            foreach (var (_, data) in values)
            {
                bytes.AddRange(data);
            }
        }

        private static void WriteTemplate(List<byte> bytes, int recordStart, EventRecord e, Dictionary<string, int> names)
        {
            // An element's data size (after its size field, to its end) is patched in when the element ends, and its
            // attribute list size when its start tag closes: libevtx reads the attributes by that size.
            var open = new Stack<int>();
            int attributesAt = -1;
            void Open(string name, bool attributes)
            {
                bytes.Add(attributes ? (byte)0x41 : (byte)0x01);
                AddU16(bytes, 0xFFFF);
                open.Push(bytes.Count);
                AddU32(bytes, 0);
                Name(name);
                attributesAt = attributes ? bytes.Count : -1;
                if (attributes)
                {
                    AddU32(bytes, 0);
                }
            }

            void CloseStart(byte token)
            {
                if (attributesAt >= 0)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes)[attributesAt..], (uint)(bytes.Count - attributesAt - 4));
                    attributesAt = -1;
                }

                if (token == 0x03)
                {
                    End(token);
                }
                else
                {
                    bytes.Add(token);
                }
            }
            void End(byte token)
            {
                bytes.Add(token);
                int sizeAt = open.Pop();
                BinaryPrimitives.WriteUInt32LittleEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes)[sizeAt..], (uint)(bytes.Count - sizeAt - 4));
            }

            void Name(string name)
            {
                if (names.TryGetValue(name, out int offset))
                {
                    AddU32(bytes, (uint)offset);
                    return;
                }

                offset = recordStart + bytes.Count + 4;
                names[name] = offset;
                AddU32(bytes, (uint)offset);
                AddU32(bytes, 0);
                AddU16(bytes, 0);
                AddU16(bytes, (ushort)name.Length);
                bytes.AddRange(Encoding.Unicode.GetBytes(name));
                AddU16(bytes, 0);
            }

            void Attribute(string name, int substitution, byte type, bool optional = false) { bytes.Add(0x06); Name(name); Substitution(substitution, type, optional); }
            void Substitution(int index, byte type, bool optional = false) { bytes.Add(optional ? (byte)0x0E : (byte)0x0D); AddU16(bytes, (ushort)index); bytes.Add(type); }
            void Text(string element, int substitution, byte type) { Open(element, false); CloseStart(0x02); Substitution(substitution, type); End(0x04); }

            Open("Event", false);
            CloseStart(0x02);
            Open("System", false);
            CloseStart(0x02);
            Open("Provider", true);
            Attribute("Name", 0, 0x01);
            CloseStart(0x03);
            Open("EventID", true);
            Attribute("Qualifiers", 1, 0x06, optional: true);
            CloseStart(0x02);
            Substitution(2, 0x06);
            End(0x04);
            Text("Level", 3, 0x04);
            Open("TimeCreated", true);
            Attribute("SystemTime", 4, 0x11);
            CloseStart(0x03);
            Text("EventRecordID", 5, 0x0A);
            Text("Channel", 6, 0x01);
            Text("Computer", 7, 0x01);
            End(0x04);
            Open("EventData", false);
            CloseStart(0x02);
            for (int i = 0; i < e.Data.Count; i++)
            {
                if (e.Data[i].Name is { } name)
                {
                    Open("Data", true);
                    bytes.Add(0x06);
                    Name("Name");
                    bytes.Add(0x05);
                    bytes.Add(0x01);
                    AddU16(bytes, (ushort)name.Length);
                    bytes.AddRange(Encoding.Unicode.GetBytes(name));
                }
                else
                {
                    Open("Data", false);
                }

                CloseStart(0x02);
                Substitution(8 + i, 0x01);
                End(0x04);
            }

            End(0x04);
            End(0x04);
        }

        private static void Add(List<byte> bytes, byte[] more) => bytes.AddRange(more);

        private static void AddU16(List<byte> bytes, ushort value) => bytes.AddRange(BitConverter.GetBytes(value));

        private static void AddU32(List<byte> bytes, uint value) => bytes.AddRange(BitConverter.GetBytes(value));

        private static void AddU64(List<byte> bytes, ulong value) => bytes.AddRange(BitConverter.GetBytes(value));
    }
}

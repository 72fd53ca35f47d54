using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>What one chunk gave, in file order: an event (projected as the caller asked) or a problem met on the way.</summary>
    internal readonly record struct EvtxChunkItem<T>(T Record, EvtxProblem? Problem);

    /// <summary>
    /// Decodes one 64 KiB chunk on its own (a chunk is independent by design: its names and templates are its own), so
    /// chunks can be decoded on several threads: the chunk's checks (signature, header and records checksums), then each
    /// record (signature, size and its trailing copy, bounds) and its Binary XML. A record that cannot be decoded is
    /// reported with its chunk and offset and the next one is read.
    /// </summary>
    internal static class EvtxChunkDecoder
    {
        public const int HeaderSize = 512;
        private const uint RecordSignature = 0x00002A2A;

        private static ReadOnlySpan<byte> Signature => "ElfChnk\0"u8;

        /// <summary>The chunk's records and problems; <paramref name="read"/> is how many of its bytes the file had (the rest is zero).</summary>
        public static List<EvtxChunkItem<T>> Decode<T>(byte[] chunk, int read, int index, long chunkOffset, Func<EvtxEvent, T> project)
        {
            var items = new List<EvtxChunkItem<T>>();
            void Problem(string message, bool isChecksum = false) => items.Add(new EvtxChunkItem<T>(default!, new EvtxProblem(message, isChecksum)));

            if (read < EvtxReader.ChunkSize)
            {
                Problem($"chunk {index} at offset 0x{chunkOffset:X} is cut off after {read} bytes: the file is truncated");
            }

            if (chunk.AsSpan(0, read).IndexOfAnyExcept((byte)0) < 0)
            {
                return items;
            }

            if (!chunk.AsSpan().StartsWith(Signature))
            {
                Problem($"chunk {index} at offset 0x{chunkOffset:X} has no ElfChnk signature; its records are read all the same");
            }
            else if (Crc32.Compute(chunk.AsSpan(0, 120), chunk.AsSpan(128, HeaderSize - 128)) != BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(124)))
            {
                Problem($"chunk {index} at offset 0x{chunkOffset:X}: its header's checksum does not match", isChecksum: true);
            }

            uint freeSpace = BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(48));
            int end = freeSpace > HeaderSize && freeSpace <= EvtxReader.ChunkSize ? (int)freeSpace : EvtxReader.ChunkSize;
            if (end != EvtxReader.ChunkSize && Crc32.Compute(chunk.AsSpan(HeaderSize, end - HeaderSize)) != BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(52)))
            {
                Problem($"chunk {index} at offset 0x{chunkOffset:X}: its records' checksum does not match", isChecksum: true);
            }

            var parser = new BinXmlParser(chunk);
            int at = HeaderSize;
            while (at + 28 <= EvtxReader.ChunkSize && BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at)) == RecordSignature)
            {
                uint size = BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at + 4));
                if (size < 28 || at + size > EvtxReader.ChunkSize)
                {
                    // A size that cannot be (a "zero data size" record): the record runs to the next record's signature,
                    // and its trailing copy of the size says whether that is so.
                    int next = NextRecord(chunk, at + 8);
                    uint trailing = next > at + 28 ? BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(next - 4)) : 0;
                    if (trailing != (uint)(next - at))
                    {
                        Problem($"chunk {index}, record at offset 0x{chunkOffset + at:X}: its size {size} does not fit the chunk and its end cannot be found; skipped to the next record");
                        at = next;
                        continue;
                    }

                    Problem($"chunk {index}, record at offset 0x{chunkOffset + at:X}: its size is {size}; read to its trailing copy of the size ({trailing})");
                    size = trailing;
                }

                ulong recordId = BinaryPrimitives.ReadUInt64LittleEndian(chunk.AsSpan(at + 8));
                if (BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at + (int)size - 4)) != size)
                {
                    Problem($"chunk {index}, record {recordId} at offset 0x{chunkOffset + at:X}: its size and its trailing copy differ; read by its size");
                }

                EvtxEvent? record = null;
                try
                {
                    // The event's facts are read while the chunk is at hand: its elements are views of the chunk's bytes.
                    List<EvtxElement> elements = parser.ParseRecord(at + 24, at + (int)size - 4);
                    if (elements.Count > 0)
                    {
                        record = EvtxEvent.From(elements[0], recordId, BinaryPrimitives.ReadInt64LittleEndian(chunk.AsSpan(at + 16)));
                    }
                    else
                    {
                        Problem($"chunk {index}, record {recordId} at offset 0x{chunkOffset + at:X}: holds no element");
                    }
                }
                catch (Exception exception) when (exception is EvtxFormatException or OverflowException)
                {
                    Problem($"chunk {index}, record {recordId} at offset 0x{chunkOffset + at:X} cannot be decoded: {exception.Message}");
                }

                if (record is not null)
                {
                    items.Add(new EvtxChunkItem<T>(project(record), null));
                }

                at += (int)size;
            }

            return items;
        }

        /// <summary>The offset of the next record signature after <paramref name="from"/> (8-byte aligned, as records are), or the chunk's end.</summary>
        private static int NextRecord(byte[] chunk, int from)
        {
            for (int at = (from + 7) & ~7; at + 4 <= EvtxReader.ChunkSize; at += 8)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at)) == RecordSignature)
                {
                    return at;
                }
            }

            return EvtxReader.ChunkSize;
        }
    }
}

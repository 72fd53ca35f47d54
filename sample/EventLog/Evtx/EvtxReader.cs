using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// Streams the records of a Windows XML Event Log (.evtx, format 3.1 and 3.2) one chunk at a time: the 4 KiB file
    /// header, then every 64 KiB block to the end of the file whatever the header counts (a dirty file under-counts
    /// them); a zeroed block is skipped, a block without the chunk signature is read for records all the same (said).
    /// Records are checked (signature, size and its trailing copy, bounds) and decoded; one that cannot be is reported
    /// with its chunk and offset, and the rest goes on. Checksums that do not match are reported, never fatal.
    /// Memory is one chunk and what it decodes, whatever the file's size.
    /// </summary>
    internal static class EvtxReader
    {
        public const int HeaderSize = 4096;
        public const int ChunkSize = 65536;
        private const int ChunkHeaderSize = 512;
        private const uint RecordSignature = 0x00002A2A;

        private static ReadOnlySpan<byte> FileSignature => "ElfFile\0"u8;

        private static ReadOnlySpan<byte> ChunkSignature => "ElfChnk\0"u8;

        public static bool IsEvtx(ReadOnlySpan<byte> start) => start.StartsWith(FileSignature);

        public static IEnumerable<EvtxRecord> Read(Stream stream, Action<EvtxProblem> problem)
        {
            var header = new byte[HeaderSize];
            int read = ReadFully(stream, header);
            if (read < 128 || !IsEvtx(header))
            {
                throw new EvtxFormatException("not a Windows event log file (.evtx): no ElfFile signature");
            }

            if (Crc32.Compute(header.AsSpan(0, 120)) != BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(124)))
            {
                problem(new EvtxProblem("the file header's checksum does not match (the file was not closed cleanly or is damaged)", IsChecksum: true));
            }

            var chunk = new byte[ChunkSize];
            for (int index = 0; ; index++)
            {
                read = ReadFully(stream, chunk);
                if (read == 0)
                {
                    yield break;
                }

                long chunkOffset = HeaderSize + ((long)index * ChunkSize);
                if (read < ChunkSize)
                {
                    problem(new EvtxProblem($"chunk {index} at offset 0x{chunkOffset:X} is cut off after {read} bytes: the file is truncated", IsChecksum: false));
                    chunk.AsSpan(read).Clear();
                }

                if (chunk.AsSpan(0, read).IndexOfAnyExcept((byte)0) < 0)
                {
                    continue;
                }

                foreach (EvtxRecord record in ReadChunk(chunk, index, chunkOffset, problem))
                {
                    yield return record;
                }

                if (read < ChunkSize)
                {
                    yield break;
                }
            }
        }

        private static IEnumerable<EvtxRecord> ReadChunk(byte[] chunk, int index, long chunkOffset, Action<EvtxProblem> problem)
        {
            if (!chunk.AsSpan().StartsWith(ChunkSignature))
            {
                problem(new EvtxProblem($"chunk {index} at offset 0x{chunkOffset:X} has no ElfChnk signature; its records are read all the same", IsChecksum: false));
            }
            else if (HeaderChecksum(chunk) != BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(124)))
            {
                problem(new EvtxProblem($"chunk {index} at offset 0x{chunkOffset:X}: its header's checksum does not match", IsChecksum: true));
            }

            uint freeSpace = BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(48));
            int end = freeSpace > ChunkHeaderSize && freeSpace <= ChunkSize ? (int)freeSpace : ChunkSize;
            if (end != ChunkSize && Crc32.Compute(chunk.AsSpan(ChunkHeaderSize, end - ChunkHeaderSize)) != BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(52)))
            {
                problem(new EvtxProblem($"chunk {index} at offset 0x{chunkOffset:X}: its records' checksum does not match", IsChecksum: true));
            }

            var parser = new BinXmlParser(chunk);
            int at = ChunkHeaderSize;
            while (at + 28 <= ChunkSize && BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at)) == RecordSignature)
            {
                uint size = BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at + 4));
                if (size < 28 || at + size > ChunkSize)
                {
                    // A size that cannot be (a "zero data size" record): the record runs to the next record's signature,
                    // and its trailing copy of the size says whether that is so.
                    int next = NextRecord(chunk, at + 8);
                    uint trailing = next > at + 28 ? BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(next - 4)) : 0;
                    if (trailing != (uint)(next - at))
                    {
                        problem(new EvtxProblem($"chunk {index}, record at offset 0x{chunkOffset + at:X}: its size {size} does not fit the chunk and its end cannot be found; skipped to the next record", IsChecksum: false));
                        at = next;
                        continue;
                    }

                    problem(new EvtxProblem($"chunk {index}, record at offset 0x{chunkOffset + at:X}: its size is {size}; read to its trailing copy of the size ({trailing})", IsChecksum: false));
                    size = trailing;
                }

                EvtxRecord? record = null;
                ulong recordId = BinaryPrimitives.ReadUInt64LittleEndian(chunk.AsSpan(at + 8));
                if (BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at + (int)size - 4)) != size)
                {
                    problem(new EvtxProblem($"chunk {index}, record {recordId} at offset 0x{chunkOffset + at:X}: its size and its trailing copy differ; read by its size", IsChecksum: false));
                }

                try
                {
                    List<object> nodes = parser.ParseRecord(at + 24, at + (int)size - 4);
                    if (nodes.Find(n => n is BinXmlElement) is BinXmlElement root)
                    {
                        record = new EvtxRecord(recordId, BinaryPrimitives.ReadInt64LittleEndian(chunk.AsSpan(at + 16)), root, index, chunkOffset + at);
                    }
                    else
                    {
                        problem(new EvtxProblem($"chunk {index}, record {recordId} at offset 0x{chunkOffset + at:X}: holds no element", IsChecksum: false));
                    }
                }
                catch (Exception exception) when (exception is EvtxFormatException or OverflowException)
                {
                    problem(new EvtxProblem($"chunk {index}, record {recordId} at offset 0x{chunkOffset + at:X} cannot be decoded: {exception.Message}", IsChecksum: false));
                }

                if (record is not null)
                {
                    yield return record;
                }

                at += (int)size;
            }
        }

        /// <summary>The offset of the next record signature after <paramref name="from"/> (8-byte aligned, as records are), or the chunk's end.</summary>
        private static int NextRecord(byte[] chunk, int from)
        {
            for (int at = (from + 7) & ~7; at + 4 <= ChunkSize; at += 8)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at)) == RecordSignature)
                {
                    return at;
                }
            }

            return ChunkSize;
        }

        private static uint HeaderChecksum(byte[] chunk) => Crc32.Compute(chunk.AsSpan(128, ChunkHeaderSize - 128), Crc32.Compute(chunk.AsSpan(0, 120)));

        private static int ReadFully(Stream stream, byte[] buffer)
        {
            int total = 0;
            while (total < buffer.Length)
            {
                int read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
    }
}

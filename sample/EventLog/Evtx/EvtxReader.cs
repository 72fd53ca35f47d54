using System;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// Streams the records of a Windows XML Event Log (.evtx, format 3.1 and 3.2): the 4 KiB file header, then every
    /// 64 KiB block to the end of the file whatever the header counts (a dirty file under-counts them); a zeroed block is
    /// skipped, a block without the chunk signature is read for records all the same (said). Chunks are decoded on up to
    /// <c>parallelism</c> threads and their records and problems come out in file order; checksums that do not match are
    /// reported, never fatal. Memory is a few chunks and what they decode, whatever the file's size.
    /// </summary>
    internal static class EvtxReader
    {
        public const int HeaderSize = 4096;
        public const int ChunkSize = 65536;

        private static ReadOnlySpan<byte> FileSignature => "ElfFile\0"u8;

        public static bool IsEvtx(ReadOnlySpan<byte> start) => start.StartsWith(FileSignature);

        /// <summary>Every record's event, in file order, decoded on the calling thread.</summary>
        public static IEnumerable<EvtxEvent> Read(Stream stream, Action<EvtxProblem> problem) => Read(stream, e => e, problem, parallelism: 1);

        /// <summary>
        /// Every record's event, projected by <paramref name="project"/> on the thread that decodes its chunk (so the projection's
        /// work runs in parallel too), in file order; problems are reported in order among them, on the calling thread.
        /// </summary>
        public static IEnumerable<T> Read<T>(Stream stream, Func<EvtxEvent, T> project, Action<EvtxProblem> problem, int parallelism)
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

            IEnumerable<List<EvtxChunkItem<T>>> chunks = parallelism <= 1 ? DecodeInOrder(stream, project) : DecodeInParallel(stream, project, parallelism);
            foreach (List<EvtxChunkItem<T>> items in chunks)
            {
                foreach (EvtxChunkItem<T> item in items)
                {
                    if (item.Problem is { } met)
                    {
                        problem(met);
                    }
                    else
                    {
                        yield return item.Record;
                    }
                }
            }
        }

        private static IEnumerable<List<EvtxChunkItem<T>>> DecodeInOrder<T>(Stream stream, Func<EvtxEvent, T> project)
        {
            var chunk = new byte[ChunkSize];
            for (int index = 0; ; index++)
            {
                int read = ReadChunk(stream, chunk);
                if (read == 0)
                {
                    yield break;
                }

                yield return EvtxChunkDecoder.Decode(chunk, read, index, ChunkOffset(index), project);
                if (read < ChunkSize)
                {
                    yield break;
                }
            }
        }

        /// <summary>
        /// Chunks read in order on this thread and decoded on the thread pool, at most twice <paramref name="parallelism"/>
        /// in flight (the memory bound), handed back in file order.
        /// </summary>
        private static IEnumerable<List<EvtxChunkItem<T>>> DecodeInParallel<T>(Stream stream, Func<EvtxEvent, T> project, int parallelism)
        {
            var inFlight = new Queue<Task<List<EvtxChunkItem<T>>>>();
            var freeBuffers = new ConcurrentBag<byte[]>();
            int next = 0;
            bool atEnd = false;
            while (!atEnd || inFlight.Count > 0)
            {
                while (!atEnd && inFlight.Count < 2 * parallelism)
                {
                    byte[] chunk = freeBuffers.TryTake(out byte[]? free) ? free : new byte[ChunkSize];
                    int read = ReadChunk(stream, chunk);
                    if (read == 0)
                    {
                        atEnd = true;
                        break;
                    }

                    atEnd = read < ChunkSize;
                    int index = next++;
                    inFlight.Enqueue(Task.Run(() =>
                    {
                        try
                        {
                            return EvtxChunkDecoder.Decode(chunk, read, index, ChunkOffset(index), project);
                        }
                        finally
                        {
                            freeBuffers.Add(chunk);
                        }
                    }));
                }

                if (inFlight.Count > 0)
                {
                    yield return inFlight.Dequeue().GetAwaiter().GetResult();
                }
            }
        }

        private static long ChunkOffset(int index) => HeaderSize + ((long)index * ChunkSize);

        /// <summary>The next chunk's bytes, zero after what the file has (a truncated file's last chunk); 0 at the end.</summary>
        private static int ReadChunk(Stream stream, byte[] chunk)
        {
            int read = ReadFully(stream, chunk.AsSpan(0, ChunkSize));
            chunk.AsSpan(read, ChunkSize - read).Clear();
            return read;
        }

        private static int ReadFully(Stream stream, Span<byte> buffer)
        {
            int total = 0;
            while (total < buffer.Length)
            {
                int read = stream.Read(buffer[total..]);
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

using System;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>CRC-32 (IEEE 802.3, as zlib computes it): the checksum of the file header, chunk headers and chunks' records; vectorised by System.IO.Hashing.</summary>
    internal static class Crc32
    {
        public static uint Compute(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);

        /// <summary>The checksum of <paramref name="first"/> followed by <paramref name="second"/> (a chunk header leaves a gap for its own checksum).</summary>
        public static uint Compute(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
        {
            var crc = new System.IO.Hashing.Crc32();
            crc.Append(first);
            crc.Append(second);
            return crc.GetCurrentHashAsUInt32();
        }
    }
}
